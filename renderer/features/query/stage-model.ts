/**
 * The aggregation builder's forms, one per stage kind, and the conversions between a form
 * and the pipeline stage it stands for. A stage no form can show stays editable as JSON.
 */
import { fromQueryJson } from '../../../shared/query/from-where';
import { newGroup, type GroupModel } from '../../../shared/query/model';
import { groupToFilter } from '../../../shared/query/to-where';

/** Time buckets offered for grouping by a date, with their `$dateToString` formats. */
export const DATE_UNITS = {
  year: '%Y',
  month: '%Y-%m',
  day: '%Y-%m-%d',
  hour: '%Y-%m-%dT%H:00',
  minute: '%Y-%m-%dT%H:%M',
} as const;
/** A time bucket. */
export type DateUnit = keyof typeof DATE_UNITS;

/** The accumulators the group form offers. */
export const ACCUMULATOR_OPS = ['$avg', '$sum', '$min', '$max', '$count', '$push', '$first', '$last'] as const;
/** An accumulator of the group form. */
export type AccumulatorOp = (typeof ACCUMULATOR_OPS)[number];

/** What `$group` groups by. */
export type GroupKey = { by: 'all' } | { by: 'field'; field: string } | { by: 'date'; field: string; unit: DateUnit };

/** One output of `$group`. */
export interface AccumulatorForm {
  name: string;
  op: AccumulatorOp;
  field: string;
}

/** A stage as its form holds it. */
export type StageForm =
  | { kind: '$match'; where: GroupModel }
  | { kind: '$group'; key: GroupKey; accumulators: AccumulatorForm[] }
  | { kind: '$sort'; keys: Array<{ field: string; dir: 1 | -1 }> }
  | { kind: '$project'; mode: 'include' | 'exclude'; fields: string[] }
  | { kind: '$limit'; n: number }
  | { kind: '$skip'; n: number }
  | { kind: '$unwind'; field: string; preserve: boolean }
  | { kind: 'json'; text: string };

/** The stage kinds the "Add stage" menu offers. */
export const STAGE_KINDS = ['$match', '$group', '$sort', '$project', '$limit', '$skip', '$unwind'] as const;

/** A fresh form of a kind. */
export function newStage(kind: (typeof STAGE_KINDS)[number]): StageForm {
  switch (kind) {
    case '$match':
      return { kind, where: newGroup('and') };
    case '$group':
      return { kind, key: { by: 'all' }, accumulators: [{ name: 'count', op: '$count', field: '' }] };
    case '$sort':
      return { kind, keys: [{ field: '_id', dir: 1 }] };
    case '$project':
      return { kind, mode: 'include', fields: [] };
    case '$limit':
      return { kind, n: 10 };
    case '$skip':
      return { kind, n: 0 };
    case '$unwind':
      return { kind, field: '', preserve: false };
  }
}

/** The pipeline stage of a form; a JSON form that does not parse throws with the parser's message. */
export function formToStage(form: StageForm): Record<string, unknown> {
  switch (form.kind) {
    case '$match':
      return { $match: groupToFilter(form.where) };
    case '$group': {
      const spec: Record<string, unknown> = { _id: keyExpression(form.key) };
      for (const acc of form.accumulators) {
        if (!acc.name) continue;
        spec[acc.name] = acc.op === '$count' ? { $count: {} } : { [acc.op]: acc.field ? `$${acc.field}` : 1 };
      }
      return { $group: spec };
    }
    case '$sort':
      return { $sort: Object.fromEntries(form.keys.filter((k) => k.field).map((k) => [k.field, k.dir])) };
    case '$project':
      return { $project: Object.fromEntries(form.fields.filter(Boolean).map((f) => [f, form.mode === 'include' ? 1 : 0])) };
    case '$limit':
      return { $limit: form.n };
    case '$skip':
      return { $skip: form.n };
    case '$unwind':
      return { $unwind: form.preserve ? { path: `$${form.field}`, preserveNullAndEmptyArrays: true } : `$${form.field}` };
    case 'json':
      return JSON.parse(form.text) as Record<string, unknown>;
  }
}

function keyExpression(key: GroupKey): unknown {
  if (key.by === 'all' || !key.field) return null;
  if (key.by === 'field') return `$${key.field}`;
  return { $dateToString: { format: DATE_UNITS[key.unit], date: `$${key.field}` } };
}

/** The form of a stage, or a JSON form when no form can show it (round trip of `formToStage`). */
export function stageToForm(stage: Record<string, unknown>): StageForm {
  const json: StageForm = { kind: 'json', text: JSON.stringify(stage, null, 2) };
  const [name, spec] = Object.entries(stage)[0] ?? [];
  if (Object.keys(stage).length !== 1) return json;
  if (name === '$match') {
    const read = fromQueryJson('', { where: spec });
    return read.ok ? { kind: '$match', where: read.model.where } : json;
  }
  if ((name === '$limit' || name === '$skip') && typeof spec === 'number') return { kind: name, n: spec };
  if (name === '$sort' && isObject(spec) && Object.values(spec).every((d) => d === 1 || d === -1)) {
    return { kind: '$sort', keys: Object.entries(spec).map(([field, dir]) => ({ field, dir: dir as 1 | -1 })) };
  }
  if (name === '$project' && isObject(spec)) {
    const values = Object.values(spec);
    if (values.length > 0 && values.every((v) => v === 1)) return { kind: '$project', mode: 'include', fields: Object.keys(spec) };
    if (values.length > 0 && values.every((v) => v === 0)) return { kind: '$project', mode: 'exclude', fields: Object.keys(spec) };
  }
  if (name === '$unwind') {
    if (typeof spec === 'string' && spec.startsWith('$')) return { kind: '$unwind', field: spec.slice(1), preserve: false };
    if (isObject(spec) && Object.keys(spec).every((k) => k === 'path' || k === 'preserveNullAndEmptyArrays') && typeof spec.path === 'string' && spec.path.startsWith('$')) {
      return { kind: '$unwind', field: spec.path.slice(1), preserve: spec.preserveNullAndEmptyArrays === true };
    }
  }
  if (name === '$group' && isObject(spec)) return groupForm(spec) ?? json;
  return json;
}

function groupForm(spec: Record<string, unknown>): StageForm | null {
  const key = readKey(spec._id);
  if (!key) return null;
  const accumulators: AccumulatorForm[] = [];
  for (const [name, value] of Object.entries(spec)) {
    if (name === '_id') continue;
    if (!isObject(value) || Object.keys(value).length !== 1) return null;
    const [op, arg] = Object.entries(value)[0]!;
    if (!(ACCUMULATOR_OPS as readonly string[]).includes(op)) return null;
    if (op === '$count') accumulators.push({ name, op: '$count', field: '' });
    else if (typeof arg === 'string' && arg.startsWith('$')) accumulators.push({ name, op: op as AccumulatorOp, field: arg.slice(1) });
    else if (arg === 1 && op === '$sum') accumulators.push({ name, op: '$sum', field: '' });
    else return null;
  }
  return { kind: '$group', key, accumulators };
}

function readKey(id: unknown): GroupKey | null {
  if (id === null) return { by: 'all' };
  if (typeof id === 'string' && id.startsWith('$')) return { by: 'field', field: id.slice(1) };
  if (!isObject(id) || !isObject(id.$dateToString) || Object.keys(id).length !== 1) return null;
  const { format, date, ...rest } = id.$dateToString;
  const unit = (Object.keys(DATE_UNITS) as DateUnit[]).find((u) => DATE_UNITS[u] === format);
  if (!unit || typeof date !== 'string' || !date.startsWith('$') || Object.keys(rest).length > 0) return null;
  return { by: 'date', field: date.slice(1), unit };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
