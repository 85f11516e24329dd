/**
 * Assembles whole statements over `entities AS e`: the type condition (a literal, so partial
 * indexes apply), the caller's scope (soft delete, tenant), the compiled filter, order and paging.
 */
import { typeLiteral } from './identifiers';
import { compileWhere, type CompileContext } from './compile-where';
import { AliasPool } from './field-sources';
import type { Node } from './nodes';
import { afterCondition, orderClause, sortExpression, type SortKey, type SortValue } from './order';
import type { IndexHints, TypeShape } from './shape';
import { Sql, sql, join } from './sql';

/** What to select. */
export interface SelectSpec {
  type: string;
  /** Extra conditions from the caller's scope (soft delete, tenant). */
  scope: readonly Sql[];
  where: Node;
  shape: TypeShape;
  hints: IndexHints;
}

/** The columns every entity read returns. */
export const ENTITY_COLUMNS = Sql.trusted('e.rowid AS rowid, e.id AS id, e.type AS type, e.version AS version, e.created_at AS created_at, e.updated_at AS updated_at, e.deleted AS deleted, e.doc AS doc');

/**
 * The columns of a list: only what an entity shows. The type is the spec's (a literal in the
 * WHERE), and rowid and deleted are not shown; each column left out is a string or number
 * fewer built per row (measured ~4 µs of a ~27 µs single-row lookup).
 */
export const LIST_COLUMNS = Sql.trusted('e.id AS id, e.version AS version, e.created_at AS created_at, e.updated_at AS updated_at, e.doc AS doc');

/**
 * `WHERE` of a spec. A filter that is one `$or` gets the type and scope conditions inside
 * every branch instead of beside it: SQLite then plans one index lookup per branch
 * (MULTI-INDEX OR); with the scope beside the OR it walks the whole type instead.
 */
export function whereClause(spec: SelectSpec, extra: readonly Sql[] = []): Sql {
  const typeCondition = sql`e.type = ${typeLiteral(spec.type)}`;
  const topOr = spec.where.kind === 'or';
  const branchCondition = topOr ? join([typeCondition, ...spec.scope], ' AND ') : typeCondition;
  const ctx: CompileContext = { typeCondition: branchCondition, type: spec.type, shape: spec.shape, hints: spec.hints, aliases: new AliasPool() };
  const parts = [typeCondition, ...(topOr ? [] : spec.scope), compileWhere(spec.where, ctx), ...extra];
  return sql`WHERE ${join(parts, ' AND ')}`;
}

/**
 * A list query: rows (`LIST_COLUMNS`) in order, with the sort values as `k0..kn` when a cursor
 * is made from them (`cursorKeys`). An empty `order` leaves the order to the planner, so it is
 * free to pick the most selective index.
 */
export function selectList(
  spec: SelectSpec,
  order: readonly SortKey[],
  paging: { limit?: number; offset?: number; after?: readonly SortValue[]; extra?: readonly Sql[]; fixedLeadingKeys?: number; cursorKeys?: boolean },
): Sql {
  if (order.length === 0) return sql`SELECT ${LIST_COLUMNS} FROM entities AS e ${whereClause(spec)}${limitOffset(paging)}`;
  const keys = paging.cursorKeys ? sql`, ${join(order.map((k, i) => sql`${sortExpression(k)} AS ${Sql.trusted(`k${i}`)}`), ', ')}` : sql``;
  const extra = [...(paging.after ? [afterCondition(order, paging.after)] : []), ...(paging.extra ?? [])];
  // Keys an equality in `extra` fixes are left out of ORDER BY: SQLite then walks the index in
  // order instead of sorting every row of that value in a temporary B-tree.
  const ordered = order.slice(paging.fixedLeadingKeys ?? 0);
  return sql`SELECT ${LIST_COLUMNS}${keys} FROM entities AS e ${whereClause(spec, extra)} ${orderClause(ordered)}${limitOffset(paging)}`;
}

function limitOffset(paging: { limit?: number; offset?: number }): Sql {
  const limit = paging.limit === undefined ? (paging.offset ? sql` LIMIT -1` : sql``) : sql` LIMIT ${paging.limit}`;
  return paging.offset ? sql`${limit} OFFSET ${paging.offset}` : limit;
}

/** A count query. */
export function selectCount(spec: SelectSpec): Sql {
  return sql`SELECT count(*) AS n FROM entities AS e ${whereClause(spec)}`;
}

/** The rows matching a spec, by `$id`, for bulk writes. */
export function selectMatchingRows(spec: SelectSpec, limit?: number): Sql {
  const lim = limit === undefined ? sql`` : sql` LIMIT ${limit}`;
  return sql`SELECT ${ENTITY_COLUMNS} FROM entities AS e ${whereClause(spec)} ORDER BY e.id${lim}`;
}
