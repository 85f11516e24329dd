/** Channels of the audit trail: history, versions, revert, reveal. */
export const auditChannels = {};
