/**
 * SQLite specifics of the compiler, in one place. `json_extract` returns SQL NULL for both
 * JSON null and a missing key, 1 for `true`, and JSON text for objects and arrays, and SQL
 * orders numbers below text; so a comparison that must respect JSON types pairs the value
 * with a guard on `json_type`. Kinds are `json_type`'s names.
 */
import { Sql, sql, list } from './sql';
import type { JsonValue, Scalar } from './nodes';

/** A JSON kind as `json_type` names it. */
export type Kind = 'null' | 'true' | 'false' | 'integer' | 'real' | 'text' | 'array' | 'object';

/** Every kind; also what "unknown shape" means. */
export const ALL_KINDS: readonly Kind[] = ['null', 'true', 'false', 'integer', 'real', 'text', 'array', 'object'];

/** The table alias every compiled query uses for `entities`. */
export const E = Sql.trusted('e');
/** The document column. */
export const DOC = Sql.trusted('e.doc');

/** `json_extract(doc, path)`: the SQL value at a path (the expression indexes repeat it). */
export function jsonExtract(doc: Sql, path: Sql): Sql {
  return sql`json_extract(${doc}, ${path})`;
}

/** `json_type(doc, path)`: the kind at a path, NULL when missing. */
export function jsonType(doc: Sql, path: Sql): Sql {
  return sql`json_type(${doc}, ${path})`;
}

/** The kinds a scalar can be stored as. */
export function kindsOf(value: Scalar): Kind[] {
  if (value === null) return ['null'];
  if (typeof value === 'string') return ['text'];
  if (typeof value === 'boolean') return [value ? 'true' : 'false'];
  return ['integer', 'real'];
}

/** The kind of a container value. */
export function containerKind(value: JsonValue): Kind {
  return Array.isArray(value) ? 'array' : 'object';
}

/** `type IN ('integer','real')` style guard. */
export function kindIn(type: Sql, kinds: readonly Kind[]): Sql {
  if (kinds.length === 1) return sql`${type} = ${Sql.trusted(`'${kinds[0]}'`)}`;
  return sql`${type} IN ${Sql.trusted(`(${kinds.map((k) => `'${k}'`).join(', ')})`)}`;
}

/** `value IN (?, ?)` over parameters. */
export function valueIn(value: Sql, values: readonly Scalar[]): Sql {
  return sql`${value} IN ${list(values.map(toSqlScalar))}`;
}

/** A JSON scalar as SQLite stores it in `json_extract` results (booleans as 1/0). */
export function toSqlScalar(value: Scalar): string | number | null {
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

/** Negation that treats SQL NULL (unknown) as false before negating, keeping two-valued logic. */
export function not(predicate: Sql): Sql {
  return sql`NOT coalesce(${predicate}, 0)`;
}

/** `lower(...)`, ASCII-only in SQLite: used with ASCII-only prefixes (see regex.ts). */
export function lower(value: Sql): Sql {
  return sql`lower(${value})`;
}
