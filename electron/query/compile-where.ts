/**
 * The visitor that turns lowered filter nodes into one parameterized SQL predicate over
 * `entities AS e`. Semantics follow MongoDB as mingo computes it: a path matches when any
 * value it reaches matches, comparisons never cross JSON types, negations match missing
 * fields, and `{ f: null }` matches null or missing.
 */
import { META_COLUMNS, fieldName, type Field, type JsonValue, type Node, type Scalar } from './nodes';
import { containerKind, kindIn, kindsOf, not, lower, toSqlScalar, valueIn, type Kind } from './dialect';
import { AliasPool, anySource, definedConditions, sourcesOf, type Source } from './field-sources';
import { literalPrefix, prefixUpperBound } from './regex';
import { mayBe, mayBeOther, type IndexHints, type TypeShape } from './shape';
import { Sql, sql, join, list, TRUE, FALSE } from './sql';

/** What compiling a filter needs to know about the queried type. */
export interface CompileContext {
  /** `e.type = '<T>'`, repeated inside `$or` branches so partial indexes stay usable. */
  readonly typeCondition: Sql;
  /** The queried type's name, for the side table of array values. */
  readonly type: string;
  readonly shape: TypeShape;
  readonly hints: IndexHints;
  readonly aliases: AliasPool;
}

/** Compiles a node to a predicate. */
export function compileWhere(n: Node, ctx: CompileContext): Sql {
  switch (n.kind) {
    case 'and':
      return n.items.length === 0 ? TRUE : paren(join(n.items.map((i) => paren(compileWhere(i, ctx))), ' AND '));
    case 'or':
      return paren(join(n.items.map((i) => sql`(${ctx.typeCondition} AND ${compileWhere(i, ctx)})`), ' OR '));
    case 'not':
      return not(compileWhere(n.item, ctx));
    default:
      return n.field.kind === 'meta' ? compileMeta(n, ctx) : compileJson(n, n.field.segments, ctx);
  }
}

type Leaf = Exclude<Node, { kind: 'and' | 'or' | 'not' }>;

function compileJson(n: Leaf, segments: readonly string[], ctx: CompileContext): Sql {
  const sources = sourcesOf(segments, ctx.shape, ctx.aliases);
  const path = segments.join('.');
  switch (n.kind) {
    case 'exists':
      return or(anySource(sources.filter((s) => !s.element), (s) => sql`${s.type} IS NOT NULL`));
    case 'eq':
      if (n.value === null) return nullMatch(segments, sources, ctx);
      if (typeof n.value === 'object') return or(anySource(sources, containerEquals(n.value)));
      return scalarMatch(sources, path, ctx, (s) => scalarEquals(s, n.value as Scalar), sideEquals([n.value]));
    case 'in': {
      const rest = n.values.filter((v) => v !== null);
      const parts: Sql[] = [];
      if (rest.length < n.values.length) parts.push(nullMatch(segments, sources, ctx));
      if (rest.length > 0) parts.push(scalarMatch(sources, path, ctx, (s) => scalarIn(s, rest), sideEquals(rest)));
      return or(parts);
    }
    case 'range':
      return scalarMatch(sources, path, ctx, (s) => rangeCondition(s.value, s.kinds, s.type, n.op, n.value), sideRange(n.op, n.value));
    case 'regex':
      return regexMatch(n.source, n.flags, sources, path, ctx);
    case 'contains': {
      const elements = (s: Source) => (s.element ? scalarEquals(s, n.value) : null);
      const text = (s: Source) => (!s.element && typeof n.value === 'string' ? containsText(s, n.value) : null);
      const side = n.value === null ? null : sql`v.elem = 1 AND ${sideEquals([n.value])}`;
      return or([...anySource(sources, text), scalarMatch(sources, path, ctx, elements, side)]);
    }
  }
}

/**
 * Candidates reached without an array step are compared directly (index-friendly); those
 * reached through arrays come from the `entity_values` side table when the path is declared
 * as an index, else from `json_each` subqueries.
 */
function scalarMatch(sources: readonly Source[], path: string, ctx: CompileContext, cond: (s: Source) => Sql | null, side: Sql | null): Sql {
  const viaArray = sources.filter((s) => s.viaArray);
  if (side === null || viaArray.length === 0 || !ctx.hints.multikey(path)) return or(anySource(sources, cond));
  const direct = anySource(sources.filter((s) => !s.viaArray), cond);
  const lookup = sql`e.rowid IN (SELECT v.entity_rowid FROM entity_values AS v WHERE v.type = ${ctx.type} AND v.path = ${path} AND ${side})`;
  return or([...direct, lookup]);
}

function nullMatch(segments: readonly string[], sources: readonly Source[], _ctx: CompileContext): Sql {
  const isNull = anySource(sources, (s) => (mayBe(s.kinds, 'null') ? sql`${s.type} = 'null'` : null));
  return or([not(or(definedConditions(segments, _ctx.shape))), ...isNull]);
}

function scalarEquals(s: Source, value: Scalar): Sql | null {
  const kinds = kindsOf(value);
  if (!kinds.some((k) => mayBe(s.kinds, k))) return null;
  if (value === null || typeof value === 'boolean') return kindIn(s.type, kinds);
  const eq = sql`${s.value} = ${value}`;
  return needsGuard(s, value) ? sql`${eq} AND ${kindIn(s.type, kinds)}` : eq;
}

function scalarIn(s: Source, values: readonly Scalar[]): Sql | null {
  const strings = values.filter((v): v is string => typeof v === 'string');
  const numbers = values.filter((v): v is number => typeof v === 'number');
  const bools = [...new Set(values.filter((v): v is boolean => typeof v === 'boolean'))];
  const parts: Sql[] = [];
  if (strings.length > 0 && mayBe(s.kinds, 'text')) {
    const c = valueIn(s.value, strings);
    parts.push(needsGuard(s, '') ? sql`${c} AND ${kindIn(s.type, ['text'])}` : c);
  }
  if (numbers.length > 0 && (mayBe(s.kinds, 'integer') || mayBe(s.kinds, 'real'))) {
    const c = valueIn(s.value, numbers);
    parts.push(needsGuard(s, 0) ? sql`${c} AND ${kindIn(s.type, ['integer', 'real'])}` : c);
  }
  const boolKinds = bools.map((b): Kind => (b ? 'true' : 'false')).filter((k) => mayBe(s.kinds, k));
  if (boolKinds.length > 0) parts.push(kindIn(s.type, boolKinds));
  return parts.length === 0 ? null : paren(join(parts.map(paren), ' OR '));
}

/** A text value can also be an object's or array's JSON text; a number can also be true/false (1/0). */
function needsGuard(s: Source, value: string | number): boolean {
  return typeof value === 'string' ? mayBe(s.kinds, 'object') || mayBe(s.kinds, 'array') : mayBe(s.kinds, 'true') || mayBe(s.kinds, 'false');
}

function containerEquals(value: JsonValue): (s: Source) => Sql | null {
  const kind = containerKind(value);
  return (s) => (mayBe(s.kinds, kind) ? sql`${s.type} = ${Sql.trusted(`'${kind}'`)} AND ${s.value} = json(${JSON.stringify(value)})` : null);
}

/** Ranges only compare like with like: numbers with numbers, text with text. */
function rangeCondition(value: Sql, kinds: Source['kinds'], type: Sql, op: string, bound: string | number): Sql | null {
  const allowed: Kind[] = typeof bound === 'string' ? ['text'] : ['integer', 'real'];
  if (!allowed.some((k) => mayBe(kinds, k))) return null;
  const cmp = sql`${value} ${Sql.trusted(OPS[op]!)} ${bound}`;
  return mayBeOther(kinds, [...allowed, 'null']) ? sql`${cmp} AND ${kindIn(type, allowed)}` : cmp;
}

const OPS: Record<string, string> = { gt: '>', gte: '>=', lt: '<', lte: '<=' };

function sideEquals(values: readonly Scalar[]): Sql | null {
  const parts: Sql[] = [];
  const strings = values.filter((v) => typeof v === 'string');
  const numbers = values.filter((v) => typeof v === 'number');
  const bools = values.filter((v): v is boolean => typeof v === 'boolean');
  if (values.some((v) => v === null)) return null;
  if (strings.length > 0) parts.push(sql`v.value IN ${list(strings.map(toSqlScalar))}`);
  if (numbers.length > 0) parts.push(sql`v.value IN ${list(numbers.map(toSqlScalar))} AND v.kind IN ('integer', 'real')`);
  if (bools.length > 0) parts.push(kindIn(Sql.trusted('v.kind'), bools.map((b): Kind => (b ? 'true' : 'false'))));
  return paren(join(parts.map(paren), ' OR '));
}

function sideRange(op: string, bound: string | number): Sql {
  const kind = typeof bound === 'string' ? sql`v.kind = 'text'` : sql`v.kind IN ('integer', 'real')`;
  return sql`v.value ${Sql.trusted(OPS[op]!)} ${bound} AND ${kind}`;
}

function regexMatch(source: string, flags: string, sources: readonly Source[], path: string, ctx: CompileContext): Sql {
  const test = (s: Source): Sql | null => {
    if (!mayBe(s.kinds, 'text')) return null;
    const call = sql`regexp_match(${source}, ${flags}, ${s.value})`;
    return mayBe(s.kinds, 'object') || mayBe(s.kinds, 'array') ? sql`${s.type} = 'text' AND ${call}` : call;
  };
  const parts = anySource(sources, test);
  const prefix = literalPrefix(source, flags);
  const only = sources.length === 1 ? sources[0]! : null;
  if (prefix === null || only === null || parts.length === 0) return or(parts);
  // An anchored literal prefix becomes a range the expression index serves. Where the pattern is
  // nothing but that prefix, the range (on text values) decides alone: no JavaScript call per row.
  const whole = source === `^${prefix}` && /^[is]*$/.test(flags);
  const decide = !whole ? parts[0]! : mayBeOther(only.kinds, ['text']) ? sql`${only.type} = 'text'` : TRUE;
  if (flags.includes('i') && ctx.hints.caseFolded(path)) {
    const folded = prefix.toLowerCase();
    return sql`${lower(only.value)} >= ${folded} AND ${lower(only.value)} < ${prefixUpperBound(folded)} AND ${decide}`;
  }
  if (!flags.includes('i') && ctx.hints.plain(path)) {
    return sql`${only.value} >= ${prefix} AND ${only.value} < ${prefixUpperBound(prefix)} AND ${decide}`;
  }
  return or(parts);
}

function containsText(s: Source, needle: string): Sql | null {
  if (!mayBe(s.kinds, 'text')) return null;
  const call = sql`contains_text(${s.value}, ${needle})`;
  return mayBe(s.kinds, 'object') || mayBe(s.kinds, 'array') ? sql`${s.type} = 'text' AND ${call}` : call;
}

/** Bookkeeping fields are columns that always exist and hold one kind of value. */
function compileMeta(n: Leaf, _ctx: CompileContext): Sql {
  const meta = META_COLUMNS[(n.field as Extract<Field, { kind: 'meta' }>).name];
  const col = Sql.trusted(`e.${meta.column}`);
  const fits = (v: unknown): v is string | number => (meta.kind === 'text' ? typeof v === 'string' : typeof v === 'number');
  switch (n.kind) {
    case 'exists':
      return TRUE;
    case 'eq':
      return fits(n.value) ? sql`${col} = ${n.value}` : FALSE;
    case 'in': {
      const values = n.values.filter(fits);
      return values.length > 0 ? sql`${col} IN ${list(values)}` : FALSE;
    }
    case 'range':
      return fits(n.value) ? sql`${col} ${Sql.trusted(OPS[n.op]!)} ${n.value}` : FALSE;
    case 'regex':
      return sql`regexp_match(${n.source}, ${n.flags}, ${col})`;
    case 'contains':
      return meta.kind === 'text' && typeof n.value === 'string' ? sql`contains_text(${col}, ${n.value})` : FALSE;
  }
}

function paren(s: Sql): Sql {
  return sql`(${s})`;
}

function or(parts: readonly Sql[]): Sql {
  if (parts.length === 0) return FALSE;
  if (parts.length === 1) return parts[0]!;
  return paren(join(parts.map(paren), ' OR '));
}

/** The name of a field for messages (re-exported for callers building errors). */
export { fieldName };
