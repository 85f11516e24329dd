/**
 * `$group` compiled to SQL: `GROUP BY` over the group key's expressions (`strftime` for
 * `$dateToString` buckets) with SQL aggregates for the accumulators. Returns null when the
 * stage needs JavaScript: an expression SQL cannot express, a path that may cross an array,
 * or `$min`/`$max` over values whose order SQLite does not share with MongoDB.
 */
import { jsonPathLiteral } from '../identifiers';
import { DOC, jsonExtract, jsonType, type Kind } from '../dialect';
import type { TypeShape } from '../shape';
import { Sql, sql, join } from '../sql';
import { dateFormatSql } from './date-format';
import type { Expr } from './expressions';
import type { Accumulator, Stage } from './stages';

/** A compiled `$group`: its select list, its GROUP BY, and how to turn a row into a document. */
export interface CompiledGroup {
  readonly columns: Sql;
  readonly groupBy: Sql;
  decode(row: Record<string, unknown>): Record<string, unknown>;
}

type KeyPart = { name: string | null; sql: Sql };

const NUMERIC: readonly Kind[] = ['integer', 'real'];
/** Kinds whose `json_extract` values group and compare as the JSON values do (no 1/0 booleans, no JSON text of containers). */
const SCALAR_KEY: readonly Kind[] = ['integer', 'real', 'text', 'null'];
const ORDERED_LIKE_MONGO: readonly Kind[] = ['integer', 'real', 'text', 'null'];

/** Compiles a group stage over `entities AS e`, or null when JavaScript must run it. */
export function compileGroup(stage: Extract<Stage, { kind: 'group' }>, shape: TypeShape): CompiledGroup | null {
  const keys = keyParts(stage.id, shape);
  if (keys === null) return null;
  const accs: Sql[] = [];
  for (const acc of stage.accumulators) {
    const compiled = accumulatorSql(acc, shape);
    if (compiled === null) return null;
    accs.push(compiled);
  }
  const columns = join(
    [...keys.parts.map((k, i) => sql`${k.sql} AS ${Sql.trusted(`k${i}`)}`), ...accs.map((a, i) => sql`${a} AS ${Sql.trusted(`a${i}`)}`)],
    ', ',
  );
  // A constant key still needs GROUP BY so that no input rows make no group (SQL would answer one row).
  const groupBy = keys.parts.length > 0 ? join(keys.parts.map((_, i) => Sql.trusted(`k${i}`)), ', ') : Sql.trusted("'all'");
  return {
    columns,
    groupBy,
    decode(row) {
      const parts = keys.parts.map((_, i) => row[`k${i}`]);
      const out: Record<string, unknown> = { _id: keys.build(parts) };
      stage.accumulators.forEach((a, i) => (out[a.name] = decodeAccumulator(a, row[`a${i}`])));
      return out;
    },
  };
}

/** True when no step before the last of a path may hold an array (so `json_extract` reaches what MongoDB would). */
function plainPath(segments: readonly string[], shape: TypeShape): boolean {
  for (let i = 1; i < segments.length; i++) {
    const kinds = shape.kinds(segments.slice(0, i).join('.'));
    if (kinds === 'any' || kinds.has('array')) return false;
  }
  return true;
}

function pathRef(segments: readonly string[]): { value: Sql; type: Sql; json: Sql } {
  const path = jsonPathLiteral(segments);
  return { value: jsonExtract(DOC, path), type: jsonType(DOC, path), json: sql`(${DOC} -> ${path})` };
}

/** A key part's SQL yields JSON text, or NULL for "missing" (left out of a composite `_id`). */
function keyParts(id: Expr, shape: TypeShape): { parts: KeyPart[]; build(values: unknown[]): unknown } | null {
  if (id.kind === 'literal') return { parts: [], build: () => id.value ?? null };
  if (id.kind === 'object') {
    const parts: KeyPart[] = [];
    for (const [name, expr] of id.fields) {
      const part = valuePart(expr, shape);
      if (part === null) return null;
      parts.push({ name, sql: part });
    }
    return {
      parts,
      build: (values) => Object.fromEntries(parts.flatMap((p, i) => (values[i] === null || values[i] === undefined ? [] : [[p.name!, JSON.parse(String(values[i]))]]))),
    };
  }
  if (id.kind === 'path' && plainPath(id.segments, shape) && only(shape.kinds(id.segments.join('.')), SCALAR_KEY)) {
    // The value itself is the key (what a hand-written GROUP BY does): NULL is missing or null, one group, as in MongoDB.
    return { parts: [{ name: null, sql: pathRef(id.segments).value }], build: (values) => values[0] ?? null };
  }
  const single = valuePart(id, shape);
  if (single === null) return null;
  // One key: missing and null are the same group (null), as in MongoDB.
  return { parts: [{ name: null, sql: sql`coalesce(${single}, 'null')` }], build: (values) => JSON.parse(String(values[0])) };
}

function valuePart(expr: Expr, shape: TypeShape): Sql | null {
  switch (expr.kind) {
    case 'path':
      return plainPath(expr.segments, shape) ? pathRef(expr.segments).json : null;
    case 'literal':
      return sql`${JSON.stringify(expr.value ?? null)}`;
    case 'dateToString': {
      if (expr.date.kind !== 'path' || !plainPath(expr.date.segments, shape)) return null;
      if (expr.onNull && expr.onNull.kind !== 'literal') return null;
      const ref = pathRef(expr.date.segments);
      // Where the shape proves the date is always text, the type check can go.
      const textOnly = only(shape.kinds(expr.date.segments.join('.')), ['text']);
      const formatted = sql`json_quote(${dateFormatSql(expr.format, ref.value, textOnly ? null : ref.type)})`;
      if (!expr.onNull) return formatted;
      return sql`(CASE WHEN coalesce(${ref.type}, 'null') = 'null' THEN ${JSON.stringify(expr.onNull.value ?? null)} ELSE ${formatted} END)`;
    }
    default:
      return null;
  }
}

function accumulatorSql(acc: Accumulator, shape: TypeShape): Sql | null {
  const expr = acc.expr;
  if (acc.op === '$count') return sql`count(*)`;
  if (expr.kind === 'literal') {
    if (acc.op === '$sum') return typeof expr.value === 'number' ? sql`(count(*) * ${expr.value})` : sql`0`;
    if (acc.op === '$avg') return typeof expr.value === 'number' ? sql`${expr.value}` : sql`NULL`;
    return null;
  }
  if (expr.kind !== 'path' || !plainPath(expr.segments, shape)) return null;
  const ref = pathRef(expr.segments);
  const kinds = shape.kinds(expr.segments.join('.'));
  const onlyNumbers = only(kinds, [...NUMERIC, 'null']);
  // Skip the type check where the shape proves every value is a number (the common, index-like case).
  const numbers = onlyNumbers ? ref.value : sql`(CASE WHEN ${ref.type} IN ('integer', 'real') THEN ${ref.value} END)`;
  switch (acc.op) {
    case '$sum':
      return sql`total(${numbers})`;
    case '$avg':
      return sql`avg(${numbers})`;
    case '$min':
    case '$max': {
      if (kinds === 'any' || ![...kinds].every((k) => ORDERED_LIKE_MONGO.includes(k))) return null;
      return sql`${Sql.trusted(acc.op === '$min' ? 'min' : 'max')}(${ref.value})`;
    }
    case '$push':
      return sql`json_group_array(json(coalesce(${ref.json}, 'null')) ORDER BY e.rowid)`;
    case '$first':
      return sql`(json_group_array(json(coalesce(${ref.json}, 'null')) ORDER BY e.rowid) -> '$[0]')`;
    case '$last':
      return sql`(json_group_array(json(coalesce(${ref.json}, 'null')) ORDER BY e.rowid) -> '$[#-1]')`;
  }
}

/** True when the shape proves every value at a path is of `allowed` kinds. */
function only(kinds: ReturnType<TypeShape['kinds']>, allowed: readonly Kind[]): boolean {
  return kinds !== 'any' && [...kinds].every((k) => allowed.includes(k));
}

function decodeAccumulator(acc: Accumulator, value: unknown): unknown {
  if (acc.op === '$push' || acc.op === '$first' || acc.op === '$last') return value === null || value === undefined ? null : JSON.parse(String(value));
  return value ?? null;
}
