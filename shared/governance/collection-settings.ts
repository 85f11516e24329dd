/**
 * A collection's governance settings as plain JSON: which fields are personal data and which
 * are encrypted, how long entities are kept, how reads are cached, which indexes exist and
 * which sanitizers and enrichments run on write. The workspace configuration declares them;
 * the settings screen shows and edits them.
 */
import { z } from 'zod';
import { PII_KINDS } from './masking';
import { isDuration } from './duration';
import { SANITIZER_NAMES } from './sanitizers';

const FieldNameSchema = z.string().min(1).max(100).regex(/^[A-Za-z_][\w]*$/, 'a top-level property name');

/** Personal-data fields: a list of names, or names with their masking kind. */
export const PiiSettingSchema = z.union([
  z.array(FieldNameSchema),
  z.record(FieldNameSchema, z.object({ kind: z.enum(PII_KINDS).optional(), encrypted: z.boolean().optional() }).strict()),
]);

/** How long a collection keeps entities and what happens after. */
export const RetentionSchema = z
  .object({
    duration: z.string().refine(isDuration, 'write a number and a unit, such as "90 days"'),
    action: z.enum(['delete', 'soft-delete', 'archive']),
    /** The timestamp the period runs from: last change by default. */
    field: z.string().min(1).max(200).default('$updatedAt'),
  })
  .strict();
/** A retention rule. */
export type Retention = z.output<typeof RetentionSchema>;

/** Read caching of a collection. */
export const CacheSettingSchema = z
  .object({
    enabled: z.boolean().default(true),
    /** Seconds a cached read stays fresh. */
    ttl: z.number().positive().max(86_400 * 30).default(60),
    /**
     * Other types whose writes also clear this collection's cache (reads that populate their
     * references). Writes to the collection itself always clear it.
     */
    invalidateOn: z.array(z.string().min(1).max(100)).default([]),
    /** How many reads the collection may keep. */
    maxEntries: z.number().int().positive().max(1_000_000).default(1000),
  })
  .strict();
/** Read caching of a collection. */
export type CacheSetting = z.output<typeof CacheSettingSchema>;

/** An index: one field or several, unique, or a TTL index that expires entities `expireAfterSeconds` after the field's date. */
export const IndexSettingSchema = z
  .object({
    fields: z.array(z.string().min(1).max(200)).min(1).max(8),
    unique: z.boolean().optional(),
    expireAfterSeconds: z.number().int().positive().optional(),
  })
  .strict()
  .refine((i) => i.expireAfterSeconds === undefined || i.fields.length === 1, { message: 'a TTL index has exactly one field', path: ['fields'] });
/** An index of a collection. */
export type IndexSetting = z.output<typeof IndexSettingSchema>;

/** The enrichments an `afterCreate`/`afterUpdate` hook can name. */
export const ENRICHMENTS = ['age'] as const;

/** A collection's governance settings, JSON only (hook functions of a .ts configuration travel as names). */
export const CollectionSettingsSchema = z
  .object({
    pii: PiiSettingSchema.optional(),
    encrypted: z.array(FieldNameSchema).optional(),
    retention: RetentionSchema.optional(),
    cache: CacheSettingSchema.optional(),
    indexes: z.array(IndexSettingSchema).optional(),
    /** `delete` marks entities deleted (the trash) instead of removing them. */
    softDelete: z.boolean().optional(),
    /** A property holding the tenant: every call is then scoped to the caller's tenant. */
    tenantField: FieldNameSchema.optional(),
    /** Sanitizer per field, run before every create and update. */
    sanitize: z.record(FieldNameSchema, z.enum(SANITIZER_NAMES as [string, ...string[]])).optional(),
    /** Derived fields computed after validation, stored with the write. */
    enrich: z.array(z.enum(ENRICHMENTS)).optional(),
  })
  .strict();
/** A collection's governance settings. */
export type CollectionSettings = z.output<typeof CollectionSettingsSchema>;
/** A collection's governance settings as written (defaults not yet applied). */
export type CollectionSettingsInput = z.input<typeof CollectionSettingsSchema>;
