/** The audit trail's records as they cross the contract: one entry per change, with field-level changes. */
import { z } from 'zod';

/** What an audit entry records: a write, a revert, a reveal of personal data, a retention removal, an erasure. */
export const AUDIT_ACTIONS = ['create', 'update', 'patch', 'delete', 'restore', 'revert', 'reveal', 'expire', 'archive', 'migrate', 'erase'] as const;
/** One audited action. */
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One changed field; a missing `oldValue` means added, a missing `newValue` removed. */
export const FieldChangeSchema = z.object({
  field: z.string(),
  oldValue: z.unknown().optional(),
  newValue: z.unknown().optional(),
});

/** Where a request came from: the desktop's OS user, or the server client's address and browser. */
export const AuditContextSchema = z.object({
  transport: z.string(),
  ip: z.string().optional(),
  userAgent: z.string().optional(),
  tenant: z.string().optional(),
});
/** Where a request came from. */
export type AuditContext = z.infer<typeof AuditContextSchema>;

/** One entry of an entity's history. */
export const AuditEntrySchema = z.object({
  seq: z.number().int(),
  timestamp: z.string(),
  actor: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  type: z.string(),
  id: z.string(),
  /** The entity's version after the change (for a reveal: the version that was read). */
  version: z.number().int(),
  changes: z.array(FieldChangeSchema),
  context: AuditContextSchema,
  /** Why: a reveal's stated reason, the retention rule, the migration, the version reverted to. */
  reason: z.string().optional(),
});
/** One entry of an entity's history. */
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/** One change of one field across an entity's history: who, when, from what to what. */
export const FieldHistoryItemSchema = z.object({
  seq: z.number().int(),
  timestamp: z.string(),
  actor: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  version: z.number().int(),
  field: z.string(),
  oldValue: z.unknown().optional(),
  newValue: z.unknown().optional(),
});
/** One change of one field. */
export type FieldHistoryItem = z.infer<typeof FieldHistoryItemSchema>;
