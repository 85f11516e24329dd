/** Channels of the audit trail: history, versions, compare, revert, who changed a field, reveal. */
import { z } from 'zod';
import { EntityIdSchema, EntitySchema, TypeNameSchema } from '../entity';
import { AuditEntrySchema, FieldChangeSchema, FieldHistoryItemSchema } from '../governance/audit-entry';
import { channel } from './define';

const target = { type: TypeNameSchema, id: EntityIdSchema };
const version = z.number().int().min(1);
/** A field path as the audit trail names it: `address.city`, `keywords[2]`. */
const FieldPathSchema = z.string().min(1).max(300);

/** A restored reference that points at an entity which no longer exists. */
export const DanglingReferenceSchema = z.object({ field: z.string(), id: z.string(), type: z.string() });

export const auditChannels = {
  /** An entity's history, newest first; `beforeSeq` (the previous answer's `next`) pages back. PII values are masked. */
  'audit.history': channel(
    z.object({ ...target, limit: z.number().int().min(1).max(1000).default(200), beforeSeq: z.number().int().positive().optional() }).strict(),
    z.object({ entries: z.array(AuditEntrySchema), next: z.number().int().nullable() }),
  ),

  /** The entity as it was at a version or at an ISO time (null when it did not exist then), PII masked. */
  'audit.at': channel(
    z
      .object({ ...target, version: version.optional(), time: z.string().datetime({ offset: true }).optional() })
      .strict()
      .refine((v) => (v.version === undefined) !== (v.time === undefined), { message: 'give either version or time', path: ['version'] }),
    EntitySchema.nullable(),
  ),

  /** The field changes between any two versions, nested fields and array elements included, PII masked. */
  'audit.compare': channel(z.object({ ...target, from: version, to: version }).strict(), z.object({ changes: z.array(FieldChangeSchema) })),

  /** What reverting to a version (the whole entity, or one field) would change, and references it would restore that point nowhere. */
  'audit.revertPreview': channel(
    z.object({ ...target, version, field: FieldPathSchema.optional() }).strict(),
    z.object({ changes: z.array(FieldChangeSchema), warnings: z.array(DanglingReferenceSchema) }),
  ),

  /** Reverts the entity (or one field) to a version, as a new audited version; CONFLICT when `expectedVersion` is stale. */
  'audit.revert': channel(
    z.object({ ...target, version, field: FieldPathSchema.optional(), expectedVersion: z.number().int().positive().optional() }).strict(),
    EntitySchema,
  ),

  /** Every change of one field across the entity's history, oldest first: who, when, from what to what. */
  'audit.whoChanged': channel(z.object({ ...target, field: FieldPathSchema }).strict(), z.array(FieldHistoryItemSchema)),

  /** Reveals masked fields for a stated reason; the reveal itself is audited. */
  'audit.reveal': channel(
    z.object({ ...target, fields: z.array(FieldPathSchema).min(1).max(50), reason: z.string().trim().min(3).max(500) }).strict(),
    z.object({ values: z.record(z.string(), z.unknown()) }),
  ),

  /** Checks the audit log's hash chain: a changed, inserted or removed row breaks it. */
  'audit.verify': channel(z.object({}).strict(), z.object({ ok: z.boolean(), rows: z.number().int(), brokenAt: z.number().int().optional() })),
};
