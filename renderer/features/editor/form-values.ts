/**
 * Between stored entities and form values: the form edits properties only (bookkeeping stays
 * aside), and what it submits is pruned of the empty strings, empty lists and empty sub-forms
 * that inputs leave behind, so "cleared" means "absent" as it does in the store.
 */
import type { Entity } from '../../../shared/entity';

/** The values a form edits: an entity's properties, nested entities as nested objects. */
export type FormValues = Record<string, unknown>;

// Bookkeeping the store owns; a form never edits it (a sub-form keeps `$type`, which is data).
const STORE_FIELDS = new Set(['$id', '$type', '$version', '$createdAt', '$updatedAt', '@context', 'deleted', 'deletedAt']);

/** The editable properties of an entity. */
export function toFormValues(entity: Entity | Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const [key, value] of Object.entries(entity)) if (!STORE_FIELDS.has(key)) values[key] = value;
  return values;
}

/** True for values that mean "nothing": undefined, null, '', [] and objects with nothing but a `$type`. */
export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (typeof value === 'number') return Number.isNaN(value);
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).every((k) => k === '$type');
  return false;
}

/** A copy without empty values, to any depth (items of lists too). */
export function pruneEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(pruneEmpty).filter((v) => !isEmptyValue(v));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const pruned = pruneEmpty(item);
      if (!isEmptyValue(pruned)) out[key] = pruned;
    }
    return out;
  }
  return typeof value === 'string' ? value.trim() === '' ? '' : value : value;
}

/** The entity's data to send: pruned form values. */
export function toEntityData(values: FormValues): Record<string, unknown> {
  return pruneEmpty(values) as Record<string, unknown>;
}

/** True when a value is a `{ $id }` / `{ $type, $id }` reference object. */
export function isReferenceObject(value: unknown): value is { $id: string; $type?: string } {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return typeof v.$id === 'string' && Object.keys(v).every((k) => k === '$id' || k === '$type');
}

/** How a value of an entity-ranged property is held. */
export type EntityValueMode = 'reference' | 'embedded' | 'data' | 'empty';

/** Whether a value refers to an entity, embeds one or is plain data (text in an `Organization | Text` range). */
export function entityValueMode(value: unknown, admitsText: boolean): EntityValueMode {
  if (isEmptyValue(value) && !(value && typeof value === 'object')) return 'empty';
  if (isReferenceObject(value)) return 'reference';
  if (value && typeof value === 'object' && !Array.isArray(value)) return 'embedded';
  if (typeof value === 'string') return admitsText ? 'data' : 'reference';
  return 'data';
}

/** The `$id` a reference value points to. */
export function referenceId(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  return isReferenceObject(value) ? value.$id : undefined;
}

/** JSON with object keys sorted, so equal values compare equal whatever order their keys were set in. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** True when form values differ from a baseline once both are pruned (an emptied input is no change). */
export function differs(values: FormValues, baseline: FormValues): boolean {
  return stableJson(toEntityData(values)) !== stableJson(toEntityData(baseline));
}
