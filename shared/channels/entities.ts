/** Channels that read and write entities. */
import { z } from 'zod';
import { EntityIdSchema, EntitySchema, OrderBySchema, TypeNameSchema, WhereSchema, EntityDataSchema } from '../entity';
import { channel } from './define';

/** A type present in the store and how many live entities it has (the caller's tenant's, where the type is kept per tenant). */
export const TypeCountSchema = z.object({
  type: z.string(),
  count: z.number().int().nonnegative(),
  /** The type is kept per tenant: without a tenant its entities cannot be read (and `count` is 0). */
  tenantScoped: z.boolean().optional(),
});

/** One page of entities and the opaque cursor of the next page (null on the last page). */
export const EntityPageSchema = z.object({ items: z.array(EntitySchema), next: z.string().nullable() });

/** A short description of an entity for pickers, chips and search results. */
export const EntitySummarySchema = z.object({
  type: z.string(),
  id: z.string(),
  name: z.string(),
  /** For search hits: the matching text with the match marked by « and ». */
  snippet: z.string().optional(),
});

/** An entity that refers to another, and the property path holding the reference. */
export const ReferrerSchema = EntitySummarySchema.extend({ path: z.string() });

const target = { type: TypeNameSchema, id: EntityIdSchema };
const ids = z.array(EntityIdSchema).min(1).max(1000);
const expectedVersion = z.number().int().positive().optional();

export const entityChannels = {
  /** The entity types present in the store, with their counts. */
  'entities.types': channel(z.object({}).strict(), z.array(TypeCountSchema)),

  /** A page of a type's entities, filtered and sorted on the server; `deleted: 'only'` is the trash. */
  'entities.list': channel(
    z
      .object({
        type: TypeNameSchema,
        where: WhereSchema.optional(),
        orderBy: OrderBySchema.optional(),
        limit: z.number().int().min(1).max(1000).default(100),
        cursor: z.string().max(4096).nullable().optional(),
        deleted: z.enum(['exclude', 'include', 'only']).default('exclude'),
      })
      .strict(),
    EntityPageSchema,
  ),

  /** How many entities of a type match a filter. */
  'entities.count': channel(z.object({ type: TypeNameSchema, where: WhereSchema.optional() }).strict(), z.number().int().nonnegative()),

  /** One entity by `$id`, or null when there is none. */
  'entities.get': channel(z.object(target).strict(), EntitySchema.nullable()),

  /** Creates an entity of a type; `data.$id` is kept when given, assigned otherwise. */
  'entities.create': channel(z.object({ type: TypeNameSchema, data: EntityDataSchema }).strict(), EntitySchema),

  /** Replaces an entity's properties (what is not given is removed); CONFLICT when `expectedVersion` is stale. */
  'entities.update': channel(z.object({ ...target, data: EntityDataSchema, expectedVersion }).strict(), EntitySchema),

  /** Changes some properties (plain values or `$set $unset $increment $decrement $push $pull`). */
  'entities.patch': channel(z.object({ ...target, changes: EntityDataSchema, expectedVersion }).strict(), EntitySchema),

  /** Deletes an entity (soft where the type's collection says so; `force` removes it for good). */
  'entities.delete': channel(z.object({ ...target, force: z.boolean().default(false) }).strict(), z.object({ deleted: z.boolean() })),

  /** Brings a soft-deleted entity back. */
  'entities.restore': channel(z.object(target).strict(), EntitySchema),

  /** Deletes several entities of a type in one transaction. */
  'entities.deleteMany': channel(z.object({ type: TypeNameSchema, ids }).strict(), z.object({ count: z.number().int() })),

  /** Sets one property to one value on several entities in one transaction. */
  'entities.setField': channel(
    z.object({ type: TypeNameSchema, ids, path: z.string().min(1).max(300), value: z.unknown() }).strict(),
    z.object({ count: z.number().int() }),
  ),

  /** Full-text search over entities' text values, ranked; optionally within one type. */
  'entities.search': channel(
    z.object({ text: z.string().min(1).max(200), type: TypeNameSchema.optional(), limit: z.number().int().min(1).max(100).default(20) }).strict(),
    z.array(EntitySummarySchema),
  ),

  /** The entities that refer to this one ("used by"). */
  'entities.usedBy': channel(z.object(target).strict(), z.array(ReferrerSchema)),
};
