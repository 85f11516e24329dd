/** Channels of the queries: run, explain, index advice, aggregation, saved queries. */
export const queryChannels = {};
