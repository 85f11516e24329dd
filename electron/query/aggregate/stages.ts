/**
 * Validates an aggregation pipeline and lowers it to immutable stage nodes. A stage or
 * operator the engine cannot run is BAD_QUERY naming its place (`pipeline[2].$lookup`),
 * raised before anything runs.
 */
import { badQuery } from '../../../shared/errors';
import { parsePath, printable } from '../identifiers';
import { META_COLUMNS, type Node } from '../nodes';
import { isPlainObject, parseWhere } from '../parse-where';
import { parseExpr, type Expr } from './expressions';

/** The accumulators of `$group`. */
export const ACCUMULATORS = ['$sum', '$avg', '$min', '$max', '$count', '$push', '$first', '$last'] as const;
/** One of `ACCUMULATORS`. */
export type AccumulatorOp = (typeof ACCUMULATORS)[number];

/** One output field of `$group`. */
export interface Accumulator {
  readonly name: string;
  readonly op: AccumulatorOp;
  readonly expr: Expr;
}

/** A `$project` field: kept, dropped, or computed. */
export type Projection = { readonly path: readonly string[]; readonly mode: 'include' | 'exclude' } | { readonly path: readonly string[]; readonly mode: 'compute'; readonly expr: Expr };

/** A lowered stage. */
export type Stage =
  | { readonly kind: 'match'; readonly filter: unknown; readonly node: Node }
  | { readonly kind: 'group'; readonly id: Expr; readonly accumulators: readonly Accumulator[] }
  | { readonly kind: 'sort'; readonly keys: ReadonlyArray<{ readonly path: readonly string[]; readonly dir: 1 | -1 }> }
  | { readonly kind: 'project'; readonly fields: readonly Projection[]; readonly exclusion: boolean; readonly keepId: boolean }
  | { readonly kind: 'limit'; readonly n: number }
  | { readonly kind: 'skip'; readonly n: number }
  | { readonly kind: 'unwind'; readonly path: readonly string[]; readonly indexField?: readonly string[]; readonly preserve: boolean };

/** Longest pipeline accepted. */
const MAX_STAGES = 50;
const SUPPORTED = '$match, $group, $sort, $project, $limit, $skip, $unwind';

/** A field path of `$sort`/`$project`: a dotted path, or a bookkeeping field such as `$id`. */
function fieldPath(name: string, at: string): string[] {
  return Object.prototype.hasOwnProperty.call(META_COLUMNS, name) ? [name] : parsePath(name, at);
}

/** Parses a whole pipeline. */
export function parsePipeline(pipeline: unknown): Stage[] {
  if (!Array.isArray(pipeline)) throw badQuery('pipeline', 'a pipeline is an array of stages');
  if (pipeline.length > MAX_STAGES) throw badQuery('pipeline', `a pipeline has at most ${MAX_STAGES} stages`);
  return pipeline.map((stage, i) => parseStage(stage, `pipeline[${i}]`));
}

function parseStage(stage: unknown, at: string): Stage {
  if (!isPlainObject(stage) || Object.keys(stage).length !== 1) throw badQuery(at, 'a stage is an object with one key, such as { $match: { ... } }');
  const [name, spec] = Object.entries(stage)[0]!;
  const here = `${at}.${printable(name)}`;
  switch (name) {
    case '$match':
      return Object.freeze({ kind: 'match', filter: spec, node: parseWhere(spec ?? {}) });
    case '$group':
      return parseGroup(spec, here);
    case '$sort':
      return parseSort(spec, here);
    case '$project':
      return parseProject(spec, here);
    case '$limit':
    case '$skip': {
      const min = name === '$limit' ? 1 : 0;
      if (!Number.isInteger(spec) || (spec as number) < min) throw badQuery(here, `${name} takes a whole number of at least ${min}`);
      return Object.freeze({ kind: name === '$limit' ? 'limit' : 'skip', n: spec as number });
    }
    case '$unwind':
      return parseUnwind(spec, here);
    default:
      throw badQuery(here, `the stage "${printable(name)}" is not supported (supported: ${SUPPORTED})`);
  }
}

function parseGroup(spec: unknown, at: string): Stage {
  if (!isPlainObject(spec) || !('_id' in spec)) throw badQuery(at, '$group needs an _id (null for one group over everything)');
  const accumulators: Accumulator[] = [];
  for (const [name, value] of Object.entries(spec)) {
    if (name === '_id') continue;
    const here = `${at}.${printable(name)}`;
    if (name.includes('.') || name.startsWith('$')) throw badQuery(here, 'an output field name has no dots and does not start with $');
    if (!isPlainObject(value) || Object.keys(value).length !== 1) throw badQuery(here, `an output field is { <accumulator>: <expression> } (${ACCUMULATORS.join(' ')})`);
    const [op, arg] = Object.entries(value)[0]!;
    if (!(ACCUMULATORS as readonly string[]).includes(op)) throw badQuery(`${here}.${printable(op)}`, `unknown accumulator (known: ${ACCUMULATORS.join(' ')})`);
    if (op === '$count' && !(isPlainObject(arg) && Object.keys(arg).length === 0)) throw badQuery(`${here}.$count`, '$count takes {}');
    accumulators.push({ name, op: op as AccumulatorOp, expr: op === '$count' ? { kind: 'literal', value: 1 } : parseExpr(arg, `${here}.${op}`) });
  }
  return Object.freeze({ kind: 'group', id: parseExpr(spec._id, `${at}._id`), accumulators });
}

function parseSort(spec: unknown, at: string): Stage {
  if (!isPlainObject(spec) || Object.keys(spec).length === 0) throw badQuery(at, '$sort takes { field: 1 | -1, ... }');
  const keys = Object.entries(spec).map(([field, dir]) => {
    if (dir !== 1 && dir !== -1) throw badQuery(`${at}.${printable(field)}`, 'a sort direction is 1 or -1');
    return { path: fieldPath(field, `${at}.${field}`), dir: dir as 1 | -1 };
  });
  return Object.freeze({ kind: 'sort', keys });
}

function parseProject(spec: unknown, at: string): Stage {
  if (!isPlainObject(spec) || Object.keys(spec).length === 0) throw badQuery(at, '$project takes { field: 1 | 0 | <expression>, ... }');
  const fields: Projection[] = [];
  let keepId = true;
  for (const [field, value] of Object.entries(spec)) {
    const here = `${at}.${printable(field)}`;
    const path = fieldPath(field, here);
    const flag = value === true || value === 1 ? 'include' : value === false || value === 0 ? 'exclude' : undefined;
    if (field === '_id' && flag) {
      keepId = flag === 'include';
      continue;
    }
    if (flag) fields.push({ path, mode: flag });
    else if ((typeof value === 'string' && value.startsWith('$')) || isPlainObject(value) || Array.isArray(value)) fields.push({ path, mode: 'compute', expr: parseExpr(value, here) });
    else throw badQuery(here, 'use 1 or 0 to keep or drop a field, or { $literal: value } for a constant');
  }
  const exclusion = fields.length > 0 ? fields.every((f) => f.mode === 'exclude') : !keepId;
  if (!exclusion && fields.some((f) => f.mode === 'exclude')) throw badQuery(at, 'a projection either keeps fields or drops them, not both (except _id)');
  return Object.freeze({ kind: 'project', fields, exclusion, keepId });
}

function parseUnwind(spec: unknown, at: string): Stage {
  const options = typeof spec === 'string' ? { path: spec } : spec;
  if (!isPlainObject(options) || typeof options.path !== 'string' || !options.path.startsWith('$')) throw badQuery(at, "$unwind takes '$field' or { path: '$field', includeArrayIndex?, preserveNullAndEmptyArrays? }");
  for (const key of Object.keys(options)) {
    if (!['path', 'includeArrayIndex', 'preserveNullAndEmptyArrays'].includes(key)) throw badQuery(`${at}.${printable(key)}`, 'unknown $unwind option');
  }
  const index = options.includeArrayIndex;
  if (index !== undefined && (typeof index !== 'string' || index.startsWith('$'))) throw badQuery(`${at}.includeArrayIndex`, 'includeArrayIndex is a field name');
  const preserve = options.preserveNullAndEmptyArrays ?? false;
  if (typeof preserve !== 'boolean') throw badQuery(`${at}.preserveNullAndEmptyArrays`, 'takes true or false');
  return Object.freeze({
    kind: 'unwind',
    path: parsePath(options.path.slice(1), `${at}.path`),
    ...(index !== undefined ? { indexField: parsePath(index, `${at}.includeArrayIndex`) } : {}),
    preserve,
  });
}
