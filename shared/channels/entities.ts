/** Channels that read and write entities. */
import { z } from 'zod';
import { EntityIdSchema, EntitySchema, OrderBySchema, TypeNameSchema, WhereSchema, EntityDataSchema } from '../entity';
import { channel } from './define';

/** A type present in the store and how many live entities it has. */
export const TypeCountSchema = z.object({ type: z.string(), count: z.number().int().nonnegative() });

/** One page of entities and the opaque cursor of the next page (null on the last page). */
export const EntityPageSchema = z.object({ items: z.array(EntitySchema), next: z.string().nullable() });

export const entityChannels = {
  /** The entity types present in the store, with their counts. */
  'entities.types': channel(z.object({}).strict(), z.array(TypeCountSchema)),

  /** A page of a type's entities, filtered and sorted on the server. */
  'entities.list': channel(
    z
      .object({
        type: TypeNameSchema,
        where: WhereSchema.optional(),
        orderBy: OrderBySchema.optional(),
        limit: z.number().int().min(1).max(1000).default(100),
        cursor: z.string().max(4096).nullable().optional(),
      })
      .strict(),
    EntityPageSchema,
  ),

  /** One entity by `$id`, or null when there is none. */
  'entities.get': channel(z.object({ type: TypeNameSchema, id: EntityIdSchema }).strict(), EntitySchema.nullable()),

  /** Creates an entity of a type; `data.$id` is kept when given, assigned otherwise. */
  'entities.create': channel(z.object({ type: TypeNameSchema, data: EntityDataSchema }).strict(), EntitySchema),
};
