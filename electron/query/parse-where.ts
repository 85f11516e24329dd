/**
 * Validates a `where` filter (the reference document's MongoDB-style JSON) and lowers it to
 * nodes. Anything unknown or malformed is a BAD_QUERY naming its path, raised before any
 * SQL is built, so a bad filter never runs.
 */
import { badQuery } from '../../shared/errors';
import { parsePath, printable } from './identifiers';
import { META_COLUMNS, node, type Field, type JsonValue, type MetaField, type Node, type Scalar } from './nodes';
import { compileRegex } from './regex';

/** Deepest nesting of `$and`/`$or`/`$not` accepted. */
const MAX_DEPTH = 32;
/** Most conditions one filter may hold, to bound the SQL built from it. */
const MAX_CONDITIONS = 500;
/** Longest `$in`/`$nin` list. */
const MAX_IN = 1000;

const FIELD_OPERATORS = new Set([
  '$eq', '$ne', '$gt', '$gte', '$lt', '$lte', '$in', '$nin', '$exists', '$regex', '$options', '$contains', '$not',
]);

interface Budget {
  conditions: number;
}

/** Lowers a `where` filter; `undefined` means "everything". */
export function parseWhere(where: unknown): Node {
  if (where === undefined || where === null) return node({ kind: 'and', items: [] });
  return parseFilter(where, 'where', 0, { conditions: 0 });
}

function parseFilter(where: unknown, at: string, depth: number, budget: Budget): Node {
  if (depth > MAX_DEPTH) throw badQuery(at, `filters nest at most ${MAX_DEPTH} levels deep`);
  if (!isPlainObject(where)) throw badQuery(at, 'a filter must be an object');
  const items: Node[] = [];
  for (const [key, value] of Object.entries(where)) {
    const path = `${at}.${printable(key)}`;
    if (key === '$and' || key === '$or') {
      if (!Array.isArray(value) || value.length === 0) throw badQuery(path, `${key} takes a non-empty array of filters`);
      const parts = value.map((v, i) => parseFilter(v, `${path}[${i}]`, depth + 1, budget));
      items.push(node({ kind: key === '$and' ? 'and' : 'or', items: parts }));
    } else if (key === '$not') {
      items.push(node({ kind: 'not', item: parseFilter(value, path, depth + 1, budget) }));
    } else if (key.startsWith('$') && !(key in META_COLUMNS)) {
      throw badQuery(path, `unknown operator "${printable(key)}"`);
    } else {
      items.push(parseCondition(parseField(key, path), value, path, depth, budget));
    }
  }
  return items.length === 1 ? items[0]! : node({ kind: 'and', items });
}

/** A field name: a bookkeeping `$` name or a dotted document path. */
export function parseField(key: string, at: string): Field {
  if (Object.prototype.hasOwnProperty.call(META_COLUMNS, key)) return { kind: 'meta', name: key as MetaField };
  return { kind: 'json', segments: parsePath(key, at) };
}

function parseCondition(field: Field, value: unknown, at: string, depth: number, budget: Budget): Node {
  if (++budget.conditions > MAX_CONDITIONS) throw badQuery(at, `a filter holds at most ${MAX_CONDITIONS} conditions`);
  if (!isOperatorObject(value, at)) return node({ kind: 'eq', field, value: jsonValue(value, at) });
  const ops = value as Record<string, unknown>;
  const items: Node[] = [];
  for (const [op, arg] of Object.entries(ops)) {
    const path = `${at}.${op}`;
    if (!FIELD_OPERATORS.has(op)) throw badQuery(path, `unknown operator "${printable(op)}"`);
    switch (op) {
      case '$eq':
        items.push(node({ kind: 'eq', field, value: jsonValue(arg, path) }));
        break;
      case '$ne':
        items.push(node({ kind: 'not', item: node({ kind: 'eq', field, value: jsonValue(arg, path) }) }));
        break;
      case '$gt':
      case '$gte':
      case '$lt':
      case '$lte':
        if (!(typeof arg === 'string' || isFiniteNumber(arg))) throw badQuery(path, `${op} compares with a number or a string`);
        items.push(node({ kind: 'range', field, op: op.slice(1) as 'gt', value: arg }));
        break;
      case '$in':
      case '$nin': {
        const inNode = node({ kind: 'in', field, values: scalarList(arg, path) });
        items.push(op === '$in' ? inNode : node({ kind: 'not', item: inNode }));
        break;
      }
      case '$exists':
        if (typeof arg !== 'boolean') throw badQuery(path, '$exists takes true or false');
        items.push(arg ? node({ kind: 'exists', field }) : node({ kind: 'not', item: node({ kind: 'exists', field }) }));
        break;
      case '$regex':
        items.push(parseRegex(field, arg, ops.$options, path));
        break;
      case '$options':
        if (!('$regex' in ops)) throw badQuery(path, '$options is only allowed next to $regex');
        break;
      case '$contains':
        if (!isScalar(arg)) throw badQuery(path, '$contains takes a string, number, boolean or null');
        items.push(node({ kind: 'contains', field, value: arg }));
        break;
      case '$not':
        if (depth + 1 > MAX_DEPTH) throw badQuery(path, `filters nest at most ${MAX_DEPTH} levels deep`);
        if (!isOperatorObject(arg, path)) throw badQuery(path, '$not takes an object of operators, e.g. { $gt: 5 }');
        items.push(node({ kind: 'not', item: parseCondition(field, arg, path, depth + 1, budget) }));
        break;
    }
  }
  return items.length === 1 ? items[0]! : node({ kind: 'and', items });
}

function parseRegex(field: Field, pattern: unknown, options: unknown, at: string): Node {
  if (typeof pattern !== 'string') throw badQuery(at, '$regex takes a string pattern');
  if (options !== undefined && typeof options !== 'string') throw badQuery(at, '$options takes a string of flags');
  const flags = options ?? '';
  if (!/^[ims]*$/.test(flags) || new Set(flags).size !== flags.length) throw badQuery(at, '$options may hold the flags i, m and s once each');
  compileRegex(pattern, flags, at);
  return node({ kind: 'regex', field, source: pattern, flags });
}

/** True for `{ $op: ... }`; an object mixing `$` keys and plain keys is refused. */
function isOperatorObject(value: unknown, at: string): boolean {
  if (!isPlainObject(value)) return false;
  const keys = Object.keys(value);
  const dollar = keys.filter((k) => k.startsWith('$')).length;
  if (dollar > 0 && dollar < keys.length) throw badQuery(at, 'an object mixes operators ($...) and field names');
  return dollar > 0;
}

function scalarList(value: unknown, at: string): Scalar[] {
  if (!Array.isArray(value)) throw badQuery(at, 'takes an array of values');
  if (value.length > MAX_IN) throw badQuery(at, `takes at most ${MAX_IN} values`);
  return value.map((v, i) => {
    if (!isScalar(v)) throw badQuery(`${at}[${i}]`, 'only strings, numbers, booleans and null are allowed in the list');
    return v;
  });
}

/** Checks a comparison value is plain JSON (no functions, NaN, cycles or deep nesting). */
function jsonValue(value: unknown, at: string, depth = 0): JsonValue {
  if (depth > MAX_DEPTH) throw badQuery(at, 'the value nests too deeply');
  if (isScalar(value)) return value;
  if (Array.isArray(value)) return value.map((v, i) => jsonValue(v, `${at}[${i}]`, depth + 1));
  if (isPlainObject(value)) {
    const out: Record<string, JsonValue> = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === '__proto__') throw badQuery(at, '"__proto__" is not allowed as a key');
      out[k] = jsonValue(v, `${at}.${printable(k)}`, depth + 1);
    }
    return out;
  }
  throw badQuery(at, `${typeof value === 'number' ? 'a non-finite number' : typeof value} is not a JSON value`);
}

/** A string, a finite number, a boolean or null. */
export function isScalar(value: unknown): value is Scalar {
  return value === null || typeof value === 'string' || typeof value === 'boolean' || isFiniteNumber(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** An object literal (not an array, class instance or null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
