/**
 * The fields each stage of a pipeline can name: the type's fields until a `$group`, then
 * `_id` and the group's outputs; `$project` narrows them. So the pickers of later stages
 * offer what the earlier stages produce.
 */
import type { FieldSpec } from '../../../shared/query/fields';
import type { StageForm } from './stage-model';

const derived = (path: string, kind: FieldSpec['kind'], array = false): FieldSpec => ({ path, kind, array, source: 'data' });

/** The fields available as input to each stage (index i: what stage i sees). */
export function fieldsBeforeStages(forms: readonly StageForm[], typeFields: readonly FieldSpec[]): FieldSpec[][] {
  const out: FieldSpec[][] = [];
  let current: FieldSpec[] = [...typeFields];
  for (const form of forms) {
    out.push(current);
    current = fieldsAfter(form, current);
  }
  return out;
}

/** The fields after one stage. */
export function fieldsAfter(form: StageForm, before: readonly FieldSpec[]): FieldSpec[] {
  switch (form.kind) {
    case '$group': {
      return [derived('_id', keyKind(form, before)), ...form.accumulators.filter((a) => a.name).map((a) => derived(a.name, a.op === '$push' ? 'text' : accumulatorKind(a, before), a.op === '$push'))];
    }
    case '$project':
      return form.mode === 'include' ? before.filter((f) => form.fields.some((p) => f.path === p || f.path.startsWith(`${p}.`))) : before.filter((f) => !form.fields.some((p) => f.path === p || f.path.startsWith(`${p}.`)));
    case '$unwind':
      return before.map((f) => (f.path === form.field ? { ...f, array: false } : f));
    default:
      return [...before];
  }
}

function keyKind(form: Extract<StageForm, { kind: '$group' }>, before: readonly FieldSpec[]): FieldSpec['kind'] {
  return form.key.by === 'field' ? (before.find((f) => f.path === (form.key as { field: string }).field)?.kind ?? 'text') : 'text';
}

function accumulatorKind(acc: { op: string; field: string }, before: readonly FieldSpec[]): FieldSpec['kind'] {
  if (acc.op === '$count' || acc.op === '$sum' || acc.op === '$avg') return 'number';
  return before.find((f) => f.path === acc.field)?.kind ?? 'text';
}
