/**
 * The query builder's model: a plain JSON tree of AND/OR groups and conditions, plus sort,
 * limit and populate. The builder edits only this; exporters turn it into the `where` JSON
 * and into TypeScript, and `from-where.ts` turns a `where` back into it.
 */
import { z } from 'zod';

/** A JSON scalar a condition compares with. */
export type Scalar = string | number | boolean | null;

/** Every operator the builder offers; `operators.ts` says which apply to which field. */
export const OPERATOR_IDS = [
  'eq',
  'ne',
  'contains',
  'startsWith',
  'regex',
  'in',
  'notIn',
  'gt',
  'gte',
  'lt',
  'lte',
  'between',
  'exists',
  'notExists',
  'isEmpty',
] as const;

/** One of `OPERATOR_IDS`. */
export type OperatorId = (typeof OPERATOR_IDS)[number];

const ScalarSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** A condition's value: one scalar, a list (`in`), or a pair (`between`); absent for `exists`-like operators. */
export const ConditionValueSchema = z.union([ScalarSchema, z.array(ScalarSchema)]);
/** A condition's value. */
export type ConditionValue = z.infer<typeof ConditionValueSchema>;

/** One condition: a field path, an operator and its value. */
export const ConditionSchema = z.object({
  kind: z.literal('condition'),
  id: z.string(),
  field: z.string(),
  operator: z.enum(OPERATOR_IDS),
  value: ConditionValueSchema.optional(),
  /** Regular-expression flags (`i`, `m`, `s`) of the `regex` operator. */
  options: z.string().optional(),
});
/** One condition. */
export type ConditionModel = z.infer<typeof ConditionSchema>;

/** A group of conditions and groups joined by AND or OR. */
export interface GroupModel {
  kind: 'group';
  id: string;
  combinator: 'and' | 'or';
  items: Array<GroupModel | ConditionModel>;
}

/** Schema of a group (recursive). */
export const GroupSchema: z.ZodType<GroupModel> = z.lazy(() =>
  z.object({
    kind: z.literal('group'),
    id: z.string(),
    combinator: z.enum(['and', 'or']),
    items: z.array(z.union([GroupSchema, ConditionSchema])),
  }),
);

/** One sort key. */
export const SortKeySchema = z.object({ field: z.string(), direction: z.enum(['asc', 'desc']) });
/** One sort key. */
export type SortKey = z.infer<typeof SortKeySchema>;

/** The whole query as the builder holds it. */
export const QueryModelSchema = z.object({
  type: z.string(),
  where: GroupSchema,
  orderBy: z.array(SortKeySchema),
  limit: z.number().int().positive().optional(),
  populate: z.array(z.string()),
});
/** The whole query as the builder holds it. */
export type QueryModel = z.infer<typeof QueryModelSchema>;

/** A query in the reference document's syntax: what `db.list(type, query)` takes. */
export interface QueryJson {
  where?: Record<string, unknown>;
  orderBy?: Record<string, 'asc' | 'desc'>;
  limit?: number;
  populate?: string[];
}

let sequence = 0;

/** A fresh id for a group or condition, unique within a session. */
export function newId(prefix: 'g' | 'c'): string {
  sequence += 1;
  return `${prefix}${sequence.toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** An empty group. */
export function newGroup(combinator: 'and' | 'or' = 'and', items: GroupModel['items'] = []): GroupModel {
  return { kind: 'group', id: newId('g'), combinator, items };
}

/** A condition; the builder fills in the field and value as the user picks them. */
export function newCondition(field = '', operator: OperatorId = 'eq', value?: ConditionValue): ConditionModel {
  const condition: ConditionModel = { kind: 'condition', id: newId('c'), field, operator };
  if (value !== undefined) condition.value = value;
  return condition;
}

/** A new, empty query over a type. */
export function emptyQuery(type: string): QueryModel {
  return { type, where: newGroup('and'), orderBy: [], populate: [] };
}
