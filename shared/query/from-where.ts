/**
 * The way back: query JSON (as typed in the JSON tab) to the builder's model. Anything the
 * builder cannot show (a `$not` over a filter, equality with an object, an unknown key) is a
 * failure naming where it is, so the user keeps editing the JSON instead of losing it.
 */
import { newCondition, newGroup, type ConditionModel, type GroupModel, type QueryModel, type Scalar } from './model';
import { unescapeRegex } from './regex-text';

/** The model read from JSON, or why the builder cannot show it. */
export type FromJsonResult = { ok: true; model: QueryModel } | { ok: false; message: string; path: string };

class CannotShow extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

const QUERY_KEYS = new Set(['where', 'orderBy', 'limit', 'populate']);

/** Parses the JSON tab's text. */
export function fromJsonText(type: string, text: string): FromJsonResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, path: '', message: `This is not valid JSON: ${(error as Error).message}` };
  }
  return fromQueryJson(type, value);
}

/** Reads a query object `{ where, orderBy, limit, populate }` into the model. */
export function fromQueryJson(type: string, value: unknown): FromJsonResult {
  try {
    if (!isPlainObject(value)) throw new CannotShow('', 'The query must be a JSON object such as { "where": { ... } }');
    for (const key of Object.keys(value)) {
      if (!QUERY_KEYS.has(key)) throw new CannotShow(key, `Unknown key "${key}": a query holds where, orderBy, limit and populate`);
    }
    const model: QueryModel = { type, where: whereToGroup(value.where ?? {}, 'where'), orderBy: [], populate: [] };
    if (value.orderBy !== undefined) model.orderBy = readOrderBy(value.orderBy);
    if (value.limit !== undefined) {
      if (!Number.isInteger(value.limit) || (value.limit as number) < 1) throw new CannotShow('limit', 'limit must be a whole number of at least 1');
      model.limit = value.limit as number;
    }
    if (value.populate !== undefined) {
      if (!Array.isArray(value.populate) || !value.populate.every((p) => typeof p === 'string')) {
        throw new CannotShow('populate', 'populate must be a list of field names');
      }
      model.populate = value.populate as string[];
    }
    return { ok: true, model };
  } catch (error) {
    if (error instanceof CannotShow) return { ok: false, path: error.path, message: error.message };
    throw error;
  }
}

/** Reads a `where` filter into an AND group. */
export function whereToGroup(where: unknown, path = 'where'): GroupModel {
  if (!isPlainObject(where)) throw new CannotShow(path, 'A filter must be an object');
  const group = newGroup('and');
  for (const [key, value] of Object.entries(where)) {
    const at = `${path}.${key}`;
    if (key === '$and') {
      for (const [i, part] of arrayOf(value, at).entries()) group.items.push(...whereToGroup(part, `${at}[${i}]`).items);
    } else if (key === '$or') {
      group.items.push(orToItem(arrayOf(value, at), at));
    } else if (key.startsWith('$')) {
      throw new CannotShow(at, `The builder cannot show "${key}" here; keep editing it as JSON`);
    } else {
      group.items.push(...fieldConditions(key, value, at));
    }
  }
  return group;
}

function orToItem(parts: unknown[], at: string): GroupModel | ConditionModel {
  const empty = isEmptyPattern(parts);
  if (empty) return newCondition(empty, 'isEmpty');
  const group = newGroup('or');
  parts.forEach((part, i) => {
    const inner = whereToGroup(part, `${at}[${i}]`);
    group.items.push(inner.items.length === 1 ? inner.items[0]! : inner);
  });
  return group;
}

/** `{ $or: [{ f: { $in: [null, ''] } }, { f: [] }] }`, the shape `isEmpty` is written as. */
function isEmptyPattern(parts: unknown[]): string | undefined {
  if (parts.length !== 2 || !isPlainObject(parts[0]) || !isPlainObject(parts[1])) return undefined;
  const [a, b] = [Object.entries(parts[0]), Object.entries(parts[1])];
  if (a.length !== 1 || b.length !== 1 || a[0]![0] !== b[0]![0]) return undefined;
  const same = JSON.stringify(a[0]![1]) === JSON.stringify({ $in: [null, ''] }) && JSON.stringify(b[0]![1]) === '[]';
  return same ? a[0]![0] : undefined;
}

function fieldConditions(field: string, value: unknown, at: string): ConditionModel[] {
  if (!isPlainObject(value)) return [newCondition(field, 'eq', scalar(value, at))];
  const ops = { ...value };
  const keys = Object.keys(ops);
  if (keys.length === 0 || keys.some((k) => !k.startsWith('$'))) throw new CannotShow(at, 'The builder cannot show equality with an object; keep editing it as JSON');
  const out: ConditionModel[] = [];
  if ('$regex' in ops) {
    out.push(regexCondition(field, ops.$regex, ops.$options, at));
    delete ops.$regex;
    delete ops.$options;
  }
  if ('$options' in ops) throw new CannotShow(`${at}.$options`, '$options only goes next to $regex');
  if ('$gte' in ops && '$lte' in ops) {
    out.push(newCondition(field, 'between', [scalar(ops.$gte, `${at}.$gte`), scalar(ops.$lte, `${at}.$lte`)]));
    delete ops.$gte;
    delete ops.$lte;
  }
  for (const [op, arg] of Object.entries(ops)) out.push(operatorCondition(field, op, arg, `${at}.${op}`));
  return out;
}

function operatorCondition(field: string, op: string, arg: unknown, at: string): ConditionModel {
  switch (op) {
    case '$eq':
      return newCondition(field, 'eq', scalar(arg, at));
    case '$ne':
      return newCondition(field, 'ne', scalar(arg, at));
    case '$gt':
    case '$gte':
    case '$lt':
    case '$lte':
      return newCondition(field, op.slice(1) as 'gt', scalar(arg, at));
    case '$in':
    case '$nin':
      return newCondition(field, op === '$in' ? 'in' : 'notIn', arrayOf(arg, at).map((v, i) => scalar(v, `${at}[${i}]`)));
    case '$exists':
      if (typeof arg !== 'boolean') throw new CannotShow(at, '$exists takes true or false');
      return newCondition(field, arg ? 'exists' : 'notExists');
    case '$contains':
      return newCondition(field, 'contains', scalar(arg, at));
    default:
      throw new CannotShow(at, `The builder cannot show "${op}"; keep editing it as JSON`);
  }
}

function regexCondition(field: string, pattern: unknown, options: unknown, at: string): ConditionModel {
  if (typeof pattern !== 'string') throw new CannotShow(`${at}.$regex`, '$regex takes a string');
  if (options !== undefined && typeof options !== 'string') throw new CannotShow(`${at}.$options`, '$options takes a string of flags');
  if (options === 'i') {
    const prefix = pattern.startsWith('^') ? unescapeRegex(pattern.slice(1)) : null;
    if (prefix !== null && prefix.length > 0) return newCondition(field, 'startsWith', prefix);
  }
  const condition = newCondition(field, 'regex', pattern);
  if (options) condition.options = options;
  return condition;
}

function readOrderBy(value: unknown): QueryModel['orderBy'] {
  if (!isPlainObject(value)) throw new CannotShow('orderBy', 'orderBy must be an object such as { "name": "asc" }');
  return Object.entries(value).map(([field, direction]) => {
    if (direction !== 'asc' && direction !== 'desc') throw new CannotShow(`orderBy.${field}`, 'a sort direction is "asc" or "desc"');
    return { field, direction };
  });
}

function scalar(value: unknown, at: string): Scalar {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw new CannotShow(at, 'The builder shows only text, numbers, true/false and null as values; keep editing it as JSON');
}

function arrayOf(value: unknown, at: string): unknown[] {
  if (!Array.isArray(value) || value.length === 0) throw new CannotShow(at, 'expected a non-empty list');
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
