/** Channels of the collection settings, migrations and retention. */
export const settingsChannels = {};
