/** Channels of the collection settings, the key and configuration state, retention, cache, migrations and evolutions. */
import { z } from 'zod';
import { TypeNameSchema } from '../entity';
import { CollectionSettingsSchema } from '../governance/collection-settings';
import { EvolutionSchema } from '../governance/evolution';
import { PiiFieldSchema } from '../governance/pii-policy';
import { channel } from './define';

/** A collection's settings as the settings screen shows them. */
export const CollectionSettingsViewSchema = z.object({
  type: z.string(),
  settings: CollectionSettingsSchema,
  /** The personal-data fields in force (built-in defaults included) and how each masks. */
  pii: z.record(z.string(), PiiFieldSchema),
  /** Hook functions the configuration module declares (they can only be changed there). */
  hooks: z.array(z.string()),
});

/** One problem of a broken configuration. */
export const ConfigProblemSchema = z.object({ path: z.string(), message: z.string(), line: z.number().int().optional() });

/** The workspace's governance state: configuration, key, read-only mode. */
export const GovernanceStateSchema = z.object({
  configFile: z.string().nullable(),
  configProblems: z.array(ConfigProblemSchema),
  readOnly: z.boolean(),
  key: z.object({
    source: z.enum(['env', 'file', 'safeStorage', 'none']),
    protected: z.boolean(),
    available: z.boolean(),
    warning: z.string().nullable(),
  }),
});

const CacheStatsSchema = z.object({ hits: z.number(), misses: z.number(), size: z.number(), evictions: z.number() });

/** What a retention rule would remove now. */
export const RetentionPreviewSchema = z.object({
  type: z.string(),
  rule: z.string(),
  action: z.enum(['delete', 'soft-delete', 'archive', 'expire']),
  count: z.number().int(),
  sample: z.array(z.object({ id: z.string(), label: z.string(), at: z.unknown() })),
});

/** Applied and pending workspace migrations. */
export const MigrationStatusSchema = z.object({
  dir: z.string().nullable(),
  applied: z.array(z.object({ id: z.string(), appliedAt: z.string() })),
  pending: z.array(z.object({ id: z.string() })),
  missing: z.array(z.string()),
});

export const settingsChannels = {
  /** Every governed collection's settings. */
  'settings.collections': channel(z.object({}).strict(), z.array(CollectionSettingsViewSchema)),

  /** One collection's settings (the defaults when nothing governs it). */
  'settings.collection': channel(z.object({ type: TypeNameSchema }).strict(), CollectionSettingsViewSchema),

  /** Saves a collection's settings (stored in the database, over the configuration file's); FORBIDDEN while read-only. */
  'settings.saveCollection': channel(z.object({ type: TypeNameSchema, settings: CollectionSettingsSchema }).strict(), CollectionSettingsViewSchema),

  /** The configuration file and its problems, whether the data is read-only, and the encryption key's state. */
  'settings.governance': channel(z.object({}).strict(), GovernanceStateSchema),

  /** Cache hits, misses and sizes per collection and of the manual cache. */
  'settings.cacheStats': channel(z.object({}).strict(), z.object({ types: z.record(z.string(), CacheStatsSchema), manual: CacheStatsSchema })),

  /** What retention would remove now (a dry run), for one type or all. */
  'settings.retentionPreview': channel(z.object({ type: TypeNameSchema.optional() }).strict(), z.array(RetentionPreviewSchema)),

  /** Runs retention now; each removal is audited. */
  'settings.retentionSweep': channel(z.object({ type: TypeNameSchema.optional() }).strict(), z.array(z.object({ type: z.string(), rule: z.string(), removed: z.number().int() }))),

  /** The workspace's migrations: applied, pending, and applied ones whose file is gone. */
  'settings.migrations': channel(z.object({}).strict(), MigrationStatusSchema),

  /** Applies pending migrations (up to `to`), after an online backup; all or nothing. */
  'settings.migrateUp': channel(z.object({ to: z.string().max(200).optional() }).strict(), z.object({ applied: z.array(z.string()), backup: z.string().nullable() })),

  /** Reverts the last `steps` migrations, or all after `to`; all or nothing. */
  'settings.migrateDown': channel(
    z.object({ to: z.string().max(200).optional(), steps: z.number().int().min(1).max(1000).optional() }).strict(),
    z.object({ reverted: z.array(z.string()), backup: z.string().nullable() }),
  ),

  /** How many entities an evolution (rename, split name, default, change type) would change, with a sample (PII masked). */
  'settings.evolvePreview': channel(
    z.object({ type: TypeNameSchema, evolution: EvolutionSchema }).strict(),
    z.object({
      count: z.number().int(),
      total: z.number().int(),
      sample: z.array(z.object({ id: z.string(), before: z.record(z.string(), z.unknown()), after: z.record(z.string(), z.unknown()) })),
      failures: z.array(z.object({ id: z.string(), message: z.string() })),
    }),
  ),

  /** Applies an evolution to every live entity of the type, in one transaction, after an online backup. */
  'settings.evolve': channel(z.object({ type: TypeNameSchema, evolution: EvolutionSchema }).strict(), z.object({ changed: z.number().int(), backup: z.string() })),
};
