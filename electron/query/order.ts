/**
 * `orderBy` and keyset paging. Sort keys are the same `json_extract` expressions the
 * expression indexes hold, then `e.id` as the final tie-break, so an index on the sort field
 * (declared with the id appended) serves both the order and the "rows after the cursor" range.
 * Sorting follows SQLite: missing/null first, then numbers, then text (see docs).
 */
import { badQuery } from '../../shared/errors';
import { jsonPathLiteral, printable } from './identifiers';
import { DOC, jsonExtract } from './dialect';
import { META_COLUMNS, type Field } from './nodes';
import { parseField, isPlainObject } from './parse-where';
import { Sql, sql, join, FALSE } from './sql';

/** One sort key. */
export interface SortKey {
  readonly field: Field;
  readonly dir: 'asc' | 'desc';
}

/** Most sort fields accepted. */
const MAX_KEYS = 8;

/** Validates `orderBy` and appends `$id` as the tie-break. */
export function parseOrderBy(orderBy: unknown): SortKey[] {
  if (orderBy === undefined || orderBy === null) return [{ field: { kind: 'meta', name: '$id' }, dir: 'asc' }];
  if (!isPlainObject(orderBy)) throw badQuery('orderBy', 'orderBy is an object such as { name: "asc" }');
  const keys: SortKey[] = [];
  for (const [name, dir] of Object.entries(orderBy)) {
    const at = `orderBy.${printable(name)}`;
    if (dir !== 'asc' && dir !== 'desc') throw badQuery(at, 'the direction is "asc" or "desc"');
    keys.push({ field: parseField(name, at), dir });
  }
  if (keys.length > MAX_KEYS) throw badQuery('orderBy', `at most ${MAX_KEYS} sort fields`);
  if (!keys.some((k) => k.field.kind === 'meta' && k.field.name === '$id')) {
    keys.push({ field: { kind: 'meta', name: '$id' }, dir: keys[keys.length - 1]?.dir ?? 'asc' });
  }
  return keys;
}

/** The SQL expression a key sorts by. */
export function sortExpression(key: SortKey): Sql {
  if (key.field.kind === 'meta') return Sql.trusted(`e.${META_COLUMNS[key.field.name].column}`);
  return jsonExtract(DOC, jsonPathLiteral(key.field.segments));
}

/** `ORDER BY ...`. */
export function orderClause(keys: readonly SortKey[]): Sql {
  return sql`ORDER BY ${join(keys.map((k) => sql`${sortExpression(k)} ${Sql.trusted(k.dir === 'asc' ? 'ASC' : 'DESC')}`), ', ')}`;
}

/** A sort value as SQLite returns it. */
export type SortValue = string | number | null;

/**
 * Rows strictly after `values` in the order of `keys`. When every key goes the same way and
 * no value is NULL this is one row-value comparison, which SQLite turns into an index range.
 */
export function afterCondition(keys: readonly SortKey[], values: readonly SortValue[]): Sql {
  const exprs = keys.map(sortExpression);
  const sameDir = keys.every((k) => k.dir === keys[0]!.dir);
  if (sameDir && values.every((v) => v !== null)) {
    const op = Sql.trusted(keys[0]!.dir === 'asc' ? '>' : '<');
    const tuple = sql`(${join(exprs, ', ')}) ${op} (${join(values.map((v) => sql`${v}`), ', ')})`;
    // NULLs sort first: in descending order they come after every non-NULL value.
    // The leading `>=` lets SQLite seek the index; it does not seek on a row value over an expression.
    if (keys[0]!.dir === 'asc') return sql`${exprs[0]!} >= ${values[0]!} AND ${tuple}`;
    const nullable = keys.map((k, i) => ({ k, i })).filter(({ k }) => k.field.kind === 'json');
    if (nullable.length === 0) return tuple;
    return sql`(${tuple} OR ${join(nullable.map(({ i }) => sql`(${prefixEqual(exprs, values, i)}${exprs[i]!} IS NULL)`), ' OR ')})`;
  }
  const branches: Sql[] = [];
  for (let i = 0; i < keys.length; i += 1) {
    const after = strictlyAfter(exprs[i]!, values[i] ?? null, keys[i]!.dir);
    if (after !== null) branches.push(sql`(${prefixEqual(exprs, values, i)}${after})`);
  }
  return branches.length === 0 ? FALSE : sql`(${join(branches, ' OR ')})`;
}

function prefixEqual(exprs: readonly Sql[], values: readonly SortValue[], upTo: number): Sql {
  const parts = exprs.slice(0, upTo).map((e, i) => sql`${e} IS ${values[i] ?? null} AND `);
  return join(parts, '');
}

function strictlyAfter(expr: Sql, value: SortValue, dir: 'asc' | 'desc'): Sql | null {
  if (dir === 'asc') return value === null ? sql`${expr} IS NOT NULL` : sql`${expr} > ${value}`;
  return value === null ? null : sql`(${expr} < ${value} OR ${expr} IS NULL)`;
}

/**
 * For `orderBy: { f: 'asc' }` (plus the `$id` tie-break) after a non-NULL value: the rows
 * with the same `f` and a greater `$id`, then the rows with a greater `f`. Each part is one
 * seek into the `(f, id)` index, so a page deep into a field with few distinct values costs
 * what the first page costs (a single `>=` seek would first skip every row sharing the value).
 */
export function splitAfter(keys: readonly SortKey[], values: readonly SortValue[]): [Sql, Sql] | null {
  if (keys.length !== 2 || keys[0]!.dir !== 'asc' || keys[1]!.dir !== 'asc' || keys[0]!.field.kind !== 'json') return null;
  const idKey = keys[1]!.field;
  if (idKey.kind !== 'meta' || idKey.name !== '$id' || values[0] === null || values[0] === undefined || typeof values[1] !== 'string') return null;
  const lead = sortExpression(keys[0]!);
  return [sql`${lead} = ${values[0]} AND e.id > ${values[1]}`, sql`${lead} > ${values[0]}`];
}
