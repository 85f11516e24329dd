/** Channels that read the vocabularies (schema.org, NAICS, O*NET, custom types). */
export const vocabChannels = {};
