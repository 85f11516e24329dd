/**
 * `$match` after stages SQL cannot run (after `$group`, `$unwind`, `$project`): the same
 * lowered filter nodes the SQL compiler visits, evaluated by a second visitor over plain
 * objects with the same semantics (any reached value matches, no comparison across types,
 * negation matches missing, `{ f: null }` matches null or missing).
 */
import { compileRegex } from '../regex';
import type { Field, JsonValue, Node, Scalar } from '../nodes';

type Doc = Record<string, unknown>;

interface Reached {
  /** Values at the end of the path (not entered). */
  values: unknown[];
  /** Elements of arrays at the end of the path. */
  elements: unknown[];
}

const isObject = (v: unknown): v is Doc => v !== null && typeof v === 'object' && !Array.isArray(v);
const own = (o: Doc, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

function segmentsOf(field: Field): readonly string[] {
  return field.kind === 'meta' ? [field.name] : field.segments;
}

function reach(doc: Doc, segments: readonly string[]): Reached {
  const out: Reached = { values: [], elements: [] };
  const walk = (value: unknown, i: number): void => {
    if (i === segments.length) {
      out.values.push(value);
      if (Array.isArray(value)) out.elements.push(...value);
      return;
    }
    if (Array.isArray(value)) {
      for (const item of value) if (isObject(item)) walk(item, i);
      return;
    }
    if (isObject(value) && own(value, segments[i]!)) walk(value[segments[i]!], i + 1);
  };
  walk(doc, 0);
  return out;
}

/** The path exists through objects, or an array sits at a step before the last. */
function defined(doc: Doc, segments: readonly string[]): boolean {
  let node: unknown = doc;
  for (let i = 0; i < segments.length; i++) {
    if (Array.isArray(node)) return i > 0;
    if (!isObject(node) || !own(node, segments[i]!)) return false;
    node = node[segments[i]!];
  }
  return true;
}

function scalarEquals(a: unknown, b: Scalar): boolean {
  return a === b && b !== null;
}

function candidates(r: Reached): unknown[] {
  return [...r.values, ...r.elements];
}

/** True when `doc` matches the lowered filter. */
export function matches(n: Node, doc: Doc): boolean {
  switch (n.kind) {
    case 'and':
      return n.items.every((item) => matches(item, doc));
    case 'or':
      return n.items.some((item) => matches(item, doc));
    case 'not':
      return !matches(n.item, doc);
    default:
      return leaf(n, doc);
  }
}

function leaf(n: Exclude<Node, { kind: 'and' | 'or' | 'not' }>, doc: Doc): boolean {
  const segments = segmentsOf(n.field);
  const reached = reach(doc, segments);
  switch (n.kind) {
    case 'exists':
      return reached.values.length > 0;
    case 'eq':
      if (n.value === null) return nullMatch(doc, segments, reached);
      if (typeof n.value === 'object') return candidates(reached).some((c) => containerEquals(c, n.value));
      return candidates(reached).some((c) => scalarEquals(c, n.value as Scalar));
    case 'in':
      return n.values.some((v) => (v === null ? nullMatch(doc, segments, reached) : candidates(reached).some((c) => scalarEquals(c, v))));
    case 'range':
      return candidates(reached).some((c) => inRange(c, n.op, n.value));
    case 'regex': {
      const re = compileRegex(n.source, n.flags);
      return candidates(reached).some((c) => typeof c === 'string' && ((re.lastIndex = 0), re.test(c)));
    }
    case 'contains': {
      const value = n.value;
      if (reached.elements.some((c) => scalarEquals(c, value))) return true;
      return typeof value === 'string' && reached.values.some((c) => typeof c === 'string' && c.toLowerCase().includes(value.toLowerCase()));
    }
  }
}

function nullMatch(doc: Doc, segments: readonly string[], reached: Reached): boolean {
  return !defined(doc, segments) || candidates(reached).some((c) => c === null);
}

function containerEquals(candidate: unknown, value: JsonValue): boolean {
  if (Array.isArray(value) !== Array.isArray(candidate) || candidate === null || typeof candidate !== 'object') return false;
  return JSON.stringify(candidate) === JSON.stringify(value);
}

function inRange(candidate: unknown, op: 'gt' | 'gte' | 'lt' | 'lte', bound: string | number): boolean {
  if (typeof candidate !== typeof bound || (typeof candidate !== 'number' && typeof candidate !== 'string')) return false;
  const c = candidate as string | number;
  switch (op) {
    case 'gt':
      return c > bound;
    case 'gte':
      return c >= bound;
    case 'lt':
      return c < bound;
    case 'lte':
      return c <= bound;
  }
}
