/**
 * The workspace configuration (`studio.config.ts`, `.js` or `.json`): per collection (keyed by
 * entity type) its indexes, personal-data and encrypted fields, retention, cache, sanitizers,
 * enrichments and hook functions; custom types with their business rules; the default
 * country code phone numbers are written with.
 */
import { z } from 'zod';
import { CollectionSettingsSchema } from '../../shared/governance/collection-settings';
import { CustomTypeDefinitionSchema, TypeExtensionSchema } from '../../shared/vocab/custom-type';
import { TypeNameSchema } from '../../shared/entity';

/** What a hook receives besides the entity. */
export interface HookContext {
  type: string;
  action: 'create' | 'update';
  actor: string;
  /** The stored entity before an update (null on create). */
  before: Record<string, unknown> | null;
}

/**
 * A hook: `beforeCreate`/`beforeUpdate` return the data to store (or nothing to keep it);
 * `afterCreate`/`afterUpdate` return fields to add to the stored entity (or nothing).
 * Throwing aborts the write and nothing is written.
 */
export type HookFunction = (entity: Record<string, unknown>, ctx: HookContext) => Record<string, unknown> | void;

const hook = z.custom<HookFunction>((v) => typeof v === 'function', 'a hook must be a function (entity, ctx) => ...');

/** One collection's configuration: the JSON settings plus hook functions (.ts/.js configurations only). */
export const CollectionConfigSchema = CollectionSettingsSchema.extend({
  beforeCreate: hook.optional(),
  beforeUpdate: hook.optional(),
  afterCreate: hook.optional(),
  afterUpdate: hook.optional(),
}).strict();
/** One collection's configuration. */
export type CollectionConfig = z.output<typeof CollectionConfigSchema>;

/** The whole workspace configuration. */
export const WorkspaceConfigSchema = z
  .object({
    collections: z.record(TypeNameSchema, CollectionConfigSchema).default({}),
    types: z.array(CustomTypeDefinitionSchema).default([]),
    /** Properties and business rules added to existing types (a Person's custom `ssn`). */
    extend: z.record(TypeNameSchema, TypeExtensionSchema).default({}),
    /** The country calling code for phone numbers written without one (`1` for +1). */
    defaultCountryCode: z.string().regex(/^[1-9]\d{0,2}$/, 'digits of a country calling code, such as "1" or "44"').default('1'),
    /** When false, the built-in personal-data fields of Person are not applied. */
    defaultPii: z.boolean().default(true),
  })
  .strict();
/** The workspace configuration after parsing (defaults applied). */
export type WorkspaceConfig = z.output<typeof WorkspaceConfigSchema>;
/** The workspace configuration as written. */
export type WorkspaceConfigInput = z.input<typeof WorkspaceConfigSchema>;

/** Helps a `studio.config.ts` type-check: `export default defineConfig({ ... })`. */
export function defineConfig(config: WorkspaceConfigInput): WorkspaceConfigInput {
  return config;
}
