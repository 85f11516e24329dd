/** Channels of the queries: run, explain, index advice, aggregation, saved and recent queries. */
import { z } from 'zod';
import { EntitySchema, OrderBySchema, TypeNameSchema, WhereSchema } from '../entity';
import { FieldSpecSchema } from '../query/fields';
import { channel } from './define';

const PathSchema = z.string().min(1).max(300);
const KindSchema = z.enum(['find', 'aggregate']);
const filter = { type: TypeNameSchema, where: WhereSchema.optional(), orderBy: OrderBySchema.optional() };

/** A pipeline as the engine takes it; each stage's inner shape is checked by the engine (BAD_QUERY). */
export const PipelineSchema = z.array(z.record(z.string(), z.unknown())).max(50);

/** How long a query took and whether an index served it. */
export const QueryTimingSchema = z.object({ ms: z.number().nonnegative(), usesIndex: z.boolean() });

/** An index that would serve a query: its fields in order and why, in words. */
export const IndexSuggestionSchema = z.object({ fields: z.array(z.string()).min(1), reason: z.string() });

/** What `explain` shows for a query: SQL, SQLite's plan, the indexes used, and advice. */
export const QueryExplanationSchema = z.object({
  sql: z.string(),
  params: z.array(z.unknown()),
  plan: z.array(z.string()),
  usesIndex: z.boolean(),
  indexes: z.array(z.string()),
  ms: z.number().nonnegative(),
  suggestion: IndexSuggestionSchema.nullable(),
});

/** A saved query: a builder query (`find`: `{ where, orderBy, limit, populate }`) or a pipeline (`aggregate`). */
export const SavedQuerySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: KindSchema,
  type: z.string(),
  body: z.unknown(),
  updatedAt: z.string(),
});

/** A query run recently, newest first. */
export const RecentQuerySchema = z.object({ id: z.number().int(), kind: KindSchema, type: z.string(), body: z.unknown(), runAt: z.string() });

export const queryChannels = {
  /** The fields a query on a type can name: from its vocabulary and from stored data, with kinds. */
  'query.fields': channel(z.object({ type: TypeNameSchema }).strict(), z.array(FieldSpecSchema)),

  /** Runs a query: the first page, the total count and the time taken; `record` adds it to the recent queries. */
  'query.run': channel(
    z
      .object({
        ...filter,
        limit: z.number().int().min(1).max(1000).default(50),
        populate: z.array(PathSchema).max(20).optional(),
        record: z.boolean().default(false),
      })
      .strict(),
    z.object({ items: z.array(EntitySchema), count: z.number().int().nonnegative(), ms: z.number().nonnegative() }),
  ),

  /** The SQL, the query plan and whether an index serves the query, with an index suggestion when none does. */
  'query.explain': channel(z.object(filter).strict(), QueryExplanationSchema),

  /** The index that would serve a query, or null when one already does or none can. */
  'query.suggestIndex': channel(z.object(filter).strict(), IndexSuggestionSchema.nullable()),

  /** Adds an index to the type's collection and times the query before and after. */
  'query.createIndex': channel(
    z.object({ ...filter, fields: z.array(PathSchema).min(1).max(8) }).strict(),
    z.object({ before: QueryTimingSchema, after: QueryTimingSchema, indexes: z.array(z.string()) }),
  ),

  /** Runs an aggregation pipeline: the first rows (at most `limit`), their total and the time taken. */
  'query.aggregate': channel(
    z.object({ type: TypeNameSchema, pipeline: PipelineSchema, limit: z.number().int().min(1).max(5000).default(1000), record: z.boolean().default(false) }).strict(),
    z.object({ rows: z.array(z.record(z.string(), z.unknown())), total: z.number().int().nonnegative(), ms: z.number().nonnegative() }),
  ),

  /** The saved queries of the caller's tenant, by name. */
  'query.saved': channel(z.object({ kind: KindSchema.optional() }).strict(), z.array(SavedQuerySchema)),

  /** Saves a query under a name (replacing one of the same name and kind). */
  'query.save': channel(
    z.object({ name: z.string().trim().min(1).max(120), kind: KindSchema, type: TypeNameSchema, body: z.unknown() }).strict(),
    SavedQuerySchema,
  ),

  /** Deletes a saved query. */
  'query.deleteSaved': channel(z.object({ id: z.number().int() }).strict(), z.object({ deleted: z.boolean() })),

  /** The queries the caller's tenant ran recently, newest first. */
  'query.recent': channel(z.object({ kind: KindSchema.optional(), limit: z.number().int().min(1).max(50).default(20) }).strict(), z.array(RecentQuerySchema)),
};
