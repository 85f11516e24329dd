/**
 * Channels of custom types kept in the database: `types.define` stores a new version (every
 * change kept in history) and registers it at once, so entities of the type validate and the
 * `vocab.*` channels show it like any schema.org type.
 */
import { z } from 'zod';
import { TypeNameSchema } from '../entity';
import { CustomTypeDefinitionSchema, type CustomTypeDefinitionInput } from '../vocab/custom-type';
import { channel } from './define';

/**
 * A definition as sent: any JSON object at the boundary. `types.define` checks it whole, so
 * failures are VALIDATION issues on paths inside the definition (`properties.plan.range`), the
 * way an entity's issues are paths inside the entity.
 */
const DefinitionInputSchema = z.record(z.string(), z.unknown()) as unknown as z.ZodType<CustomTypeDefinitionInput, CustomTypeDefinitionInput>;

/** The stored version a change expects (0: not defined in the database yet); CONFLICT when another change came first. */
const ExpectedVersionSchema = z.number().int().nonnegative().optional();

/** Where a custom type's live definition comes from: the database (`types.define`), the shipped examples or the workspace configuration. */
export const TypeOriginSchema = z.enum(['database', 'example', 'workspace']);

/** A custom type as listed. `version` and the update stamps are null for a definition not kept in the database. */
export const CustomTypeInfoSchema = z.object({
  name: z.string(),
  extends: z.string(),
  description: z.string(),
  /** Properties the definition declares itself (inherited ones not counted). */
  propertyCount: z.number().int().nonnegative(),
  origin: TypeOriginSchema,
  version: z.number().int().positive().nullable(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
  /** Why the stored definition could not be registered when the database opened (the type then runs without it). */
  problem: z.string().optional(),
});

/** A custom type's definition and where it comes from. */
export const CustomTypeSchema = CustomTypeInfoSchema.omit({ propertyCount: true, extends: true, description: true }).extend({ definition: CustomTypeDefinitionSchema });

/** One changed field; a missing `oldValue` means it was added, a missing `newValue` that it was removed. */
export const DefinitionChangeSchema = z.object({ field: z.string(), oldValue: z.unknown().optional(), newValue: z.unknown().optional() });

/** How a version differs from the one before: properties added, removed or changed, and changes outside the properties (parent, description, rules). */
export const DefinitionDiffSchema = z.object({
  added: z.array(z.string()),
  removed: z.array(z.string()),
  changed: z.array(z.object({ name: z.string(), changes: z.array(DefinitionChangeSchema) })),
  other: z.array(DefinitionChangeSchema),
});

/** One version in a custom type's history: who made it, when, and what changed. */
export const TypeVersionSchema = z.object({
  version: z.number().int().positive(),
  kind: z.enum(['define', 'update', 'delete']),
  actor: z.string(),
  at: z.string(),
  /** The definition as of this version (null for a deletion). */
  definition: CustomTypeDefinitionSchema.nullable(),
  diff: DefinitionDiffSchema,
});

export const typeChannels = {
  /** Every custom type (stored, example or workspace) with its version and who changed it last. */
  'types.list': channel(z.object({}).strict(), z.array(CustomTypeInfoSchema)),

  /** One custom type's definition and version. */
  'types.get': channel(z.object({ name: TypeNameSchema }).strict(), CustomTypeSchema),

  /**
   * Stores a custom type: version 1, or the next version of one already stored. Refuses a
   * schema.org name, a stale `expectedVersion`, and (unless `force`) a change that removes or
   * narrows a property stored entities use, naming the property and how many use it.
   */
  'types.define': channel(
    z.object({ definition: DefinitionInputSchema, expectedVersion: ExpectedVersionSchema, force: z.boolean().default(false) }).strict(),
    z.object({ name: z.string(), version: z.number().int().positive(), changed: z.boolean() }),
  ),

  /** A custom type's stored versions, newest first, each with its actor, time, kind and property diff. */
  'types.history': channel(
    z.object({ name: TypeNameSchema, limit: z.number().int().min(1).max(500).default(100) }).strict(),
    z.object({ name: z.string(), versions: z.array(TypeVersionSchema) }),
  ),

  /** Deletes a stored custom type (its history is kept); CONFLICT while entities of it exist or other types name it. */
  'types.delete': channel(
    z.object({ name: TypeNameSchema, expectedVersion: ExpectedVersionSchema }).strict(),
    z.object({ name: z.string(), version: z.number().int().positive() }),
  ),
};
