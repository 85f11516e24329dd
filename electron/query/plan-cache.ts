/**
 * Compiled plans for reads, keyed by the query's shape rather than its values: a filter is
 * parsed, checked and compiled once per shape, and later calls with other values only
 * rebuild the parameter list. Parsing and compiling cost more than an indexed lookup.
 *
 * How a plan learns where each value goes: the query is compiled again with every variable
 * value replaced by a unique stand-in of the same JSON type, and each bound parameter is
 * found again among the stand-ins (or is a constant). Only strings and numbers are variable;
 * everything the compiler looks at beyond a value's type (field names, booleans, null,
 * `$regex`/`$options`, `orderBy`, limits, which schema and shapes are known) is part of the
 * key. A plan is kept only when a second set of stand-ins and the real values agree with it,
 * so a compiler change that starts reading values would stop caching rather than mis-bind.
 */
import { isPlainObject } from './parse-where';
import { compile, type CompiledSql, type Sql, type SqlValue } from './sql';

/** Most plans kept. */
const PLAN_LIMIT = 500;
/** Keys whose values shape the SQL itself (a regex's literal prefix becomes an index range). */
const BY_VALUE = new Set(['$regex', '$options']);
/** Deeper inputs are not cached: the parser refuses them (with its own message) long before this. */
const MAX_DEPTH = 100;

/** Where each parameter of a plan comes from: a constant, or the n-th variable value. */
interface Plan {
  text: string;
  constants: readonly SqlValue[];
  /** -1 for a constant, else the index of the variable value. */
  from: Int32Array;
}

/** A query's cache key and its variable values, in walk order. */
interface Shaped {
  key: string;
  values: Array<string | number>;
}

/** An LRU of plans; `null` marks a shape found not to be cacheable. */
export class PlanCache {
  private readonly plans = new Map<string, Plan | null>();

  constructor(private readonly limit = PLAN_LIMIT) {}

  /**
   * The SQL and parameters of `build(variable)`. `fixed` is a key of everything else the SQL
   * depends on (type, order, paging, schema epochs), made by the caller (see `valueKey`) so
   * that two keys are equal only when that SQL is; null caches nothing.
   */
  compile(fixed: string | null, variable: unknown, build: (variable: unknown) => Sql): CompiledSql {
    const shaped = fixed === null ? null : shapeOf(variable);
    if (fixed === null || shaped === null) return compile(build(variable));
    const key = `${fixed}\u0000${shaped.key}`;
    const plan = this.plans.get(key);
    if (plan) {
      this.plans.delete(key);
      this.plans.set(key, plan);
      return { sql: plan.text, params: bind(plan, shaped.values) };
    }
    // Compiled with the real values first: a bad query fails here, with its own message, and is not cached.
    const real = compile(build(variable));
    if (plan === null) return real;
    this.remember(key, learn(real, variable, shaped.values, build));
    return real;
  }

  /** Forgets every plan. */
  clear(): void {
    this.plans.clear();
  }

  private remember(key: string, plan: Plan | null): void {
    if (this.plans.size >= this.limit) this.plans.delete(this.plans.keys().next().value as string);
    this.plans.set(key, plan);
  }
}

/** Works out a plan from two compilations with stand-ins; null when they do not agree. */
function learn(real: CompiledSql, variable: unknown, values: ReadonlyArray<string | number>, build: (variable: unknown) => Sql): Plan | null {
  const firstValues = standIns(values, 0);
  const secondValues = standIns(values, 1);
  const first = compile(build(substitute(variable, firstValues)));
  const second = compile(build(substitute(variable, secondValues)));
  if (first.sql !== real.sql || second.sql !== real.sql || first.sql.includes(MARK) || first.params.length !== real.params.length) return null;
  const lookup = new Map<SqlValue, number>(firstValues.map((v, i) => [v, i]));
  const from = new Int32Array(first.params.length);
  const constants: SqlValue[] = [];
  for (let i = 0; i < first.params.length; i += 1) {
    const p = first.params[i]!;
    const slot = lookup.get(p);
    if (slot === undefined && typeof p === 'string' && p.includes(MARK)) return null;
    from[i] = slot ?? -1;
    constants.push(slot === undefined ? p : null);
  }
  const plan: Plan = { text: real.sql, constants, from };
  const agrees = (params: readonly SqlValue[], with_: ReadonlyArray<string | number>) => bind(plan, with_).every((p, i) => Object.is(p, params[i]));
  return agrees(second.params, secondValues) && agrees(real.params, values) ? plan : null;
}

function bind(plan: Plan, values: ReadonlyArray<string | number>): SqlValue[] {
  const params = new Array<SqlValue>(plan.from.length);
  for (let i = 0; i < params.length; i += 1) {
    const slot = plan.from[i]!;
    params[i] = slot < 0 ? plan.constants[i]! : values[slot]!;
  }
  return params;
}

/** Marks stand-in strings; a parameter holding it partially means a value was transformed. */
const MARK = '\u0001plan-slot\u0001';

/** Stand-ins in walk order, of the same JSON type (and integer-ness) as the real values; `set` 0 or 1. */
function standIns(values: ReadonlyArray<string | number>, set: number): Array<string | number> {
  return values.map((v, i) => {
    if (typeof v === 'string') return `${MARK}${set}:${i}`;
    // Far from any limit, offset or boolean (the numeric constants a query binds), and exact in a double.
    return Number.isInteger(v) ? 8e15 + i * 2 + set : 1e9 + i * 2 + set + 0.0078125;
  });
}

/** A copy of `value` with its variable values replaced, in the order `shapeOf` walks them. */
function substitute(value: unknown, replacements: ReadonlyArray<string | number>): unknown {
  let next = 0;
  const copy = (v: unknown): unknown => {
    if (typeof v === 'string' || typeof v === 'number') return replacements[next++];
    if (Array.isArray(v)) return v.map(copy);
    if (isPlainObject(v)) {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v)) out[k] = BY_VALUE.has(k) ? v[k] : copy(v[k]);
      return out;
    }
    return v;
  };
  return copy(value);
}

/** The key of a query shape and its variable values; null when some part is not plain JSON. */
export function shapeOf(value: unknown): Shaped | null {
  const values: Array<string | number> = [];
  const parts: string[] = [];
  return walkShape(value, parts, values, 0) ? { key: parts.join(''), values } : null;
}

function walkShape(value: unknown, parts: string[], values: Array<string | number>, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  if (typeof value === 'string') {
    parts.push('s');
    values.push(value);
    return true;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return false;
    parts.push(Number.isInteger(value) ? 'i' : 'r');
    values.push(value);
    return true;
  }
  if (Array.isArray(value)) {
    parts.push('[');
    for (const v of value) if (!walkShape(v, parts, values, depth + 1)) return false;
    parts.push(']');
    return true;
  }
  if (isPlainObject(value)) {
    parts.push('{');
    for (const k of Object.keys(value)) {
      parts.push(JSON.stringify(k), ':');
      if (BY_VALUE.has(k)) {
        const fixed = valueKey(value[k], depth + 1);
        if (fixed === null) return false;
        parts.push(fixed);
      } else if (!walkShape(value[k], parts, values, depth + 1)) return false;
      parts.push(',');
    }
    parts.push('}');
    return true;
  }
  const fixed = valueKey(value, depth);
  if (fixed === null) return false;
  parts.push(fixed);
  return true;
}

/** `JSON.stringify` of plain JSON only (no undefined, functions, class instances or non-finite numbers); else null. */
export function valueKey(value: unknown, depth = 0): string | null {
  if (depth > MAX_DEPTH) return null;
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : null;
  if (Array.isArray(value)) {
    const items = value.map((v) => valueKey(v, depth + 1));
    return items.includes(null) ? null : `[${items.join(',')}]`;
  }
  if (isPlainObject(value)) {
    const items: string[] = [];
    for (const k of Object.keys(value)) {
      const v = valueKey(value[k], depth + 1);
      if (v === null) return null;
      items.push(`${JSON.stringify(k)}:${v}`);
    }
    return `{${items.join(',')}}`;
  }
  return null;
}
