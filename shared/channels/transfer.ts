/** Channels that move data in and out: import, export. */
export const transferChannels = {};
