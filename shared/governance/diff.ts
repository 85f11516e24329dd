/**
 * Field-level differences between two versions of an entity, down to nested properties and
 * array elements, and their application in either direction. The audit trail stores these
 * changes instead of whole copies, and rebuilds any earlier version by undoing them from the
 * current one; so `undoChanges(after, diffEntities(before, after))` must equal `before`.
 */
import { cloneJson, formatFieldPath, getAt, parseFieldPath, setAt, unsetAt, type PathSegment } from './field-path';

/** One changed field: a missing `oldValue` means the field was added, a missing `newValue` that it was removed. */
export interface FieldChange {
  field: string;
  oldValue?: unknown;
  newValue?: unknown;
}

/** Bookkeeping the store maintains itself; a difference there is not a change of the entity. */
export const BOOKKEEPING_FIELDS: ReadonlySet<string> = new Set(['$type', '$id', '$version', '$createdAt', '$updatedAt']);

type Json = Record<string, unknown>;

function isPlainObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || typeof a !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => sameJson(v, bb[i]));
  }
  const ka = Object.keys(a as Json);
  const kb = Object.keys(b as Json);
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameJson((a as Json)[k], (b as Json)[k]));
}

function walk(before: unknown, after: unknown, path: PathSegment[], out: FieldChange[], copy: <T>(value: T) => T): void {
  if (sameJson(before, after)) return;
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    for (const key of keys) {
      if (path.length === 0 && BOOKKEEPING_FIELDS.has(key)) continue;
      const inB = Object.prototype.hasOwnProperty.call(before, key);
      const inA = Object.prototype.hasOwnProperty.call(after, key);
      const field = formatFieldPath([...path, key]);
      if (inB && inA) walk(before[key], after[key], [...path, key], out, copy);
      else if (inB) out.push({ field, oldValue: copy(before[key]) });
      else out.push({ field, newValue: copy(after[key]) });
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const common = Math.min(before.length, after.length);
    for (let i = 0; i < common; i++) walk(before[i], after[i], [...path, i], out, copy);
    for (let i = common; i < before.length; i++) out.push({ field: formatFieldPath([...path, i]), oldValue: copy(before[i]) });
    for (let i = common; i < after.length; i++) out.push({ field: formatFieldPath([...path, i]), newValue: copy(after[i]) });
    return;
  }
  out.push({ field: formatFieldPath(path), oldValue: copy(before), newValue: copy(after) });
}

/** The changes that turn `before` into `after` (either may be null for a create or a removal). */
export function diffEntities(before: Json | null | undefined, after: Json | null | undefined, options: { shareValues?: boolean } = {}): FieldChange[] {
  const out: FieldChange[] = [];
  walk(before ?? {}, after ?? {}, [], out, options.shareValues ? share : cloneJson);
  return out;
}

/**
 * Values taken as they are: for a caller that serializes the changes at once (the audit trail
 * writes them as JSON in the same call), where a deep copy of every value would be wasted.
 */
function share<T>(value: T): T {
  return value;
}

function has(change: FieldChange, key: 'oldValue' | 'newValue'): boolean {
  return Object.prototype.hasOwnProperty.call(change, key);
}

/**
 * Applies changes to a copy of `doc`, taking each change's `newValue` (forward) or `oldValue`
 * (backward). Removals run from the last array index down, so trailing elements go first and
 * earlier indexes keep their meaning; additions run in index order for the same reason.
 */
function apply(doc: Json, changes: readonly FieldChange[], direction: 'forward' | 'backward', inPlace = false): Json {
  const out = inPlace ? doc : cloneJson(doc);
  const target = direction === 'forward' ? 'newValue' : 'oldValue';
  const parsed = changes.map((c) => ({ c, path: parseFieldPath(c.field) }));
  const removals = parsed.filter(({ c }) => !has(c, target)).reverse();
  const writes = parsed.filter(({ c }) => has(c, target));
  for (const { path } of removals) unsetAt(out, path);
  for (const { c, path } of writes) setAt(out, path, cloneJson(c[target]));
  return out;
}

/** `doc` with the changes applied (what a later version looked like). */
export function redoChanges(doc: Json, changes: readonly FieldChange[]): Json {
  return apply(doc, changes, 'forward');
}

/** `doc` with the changes undone (what the earlier version looked like). */
export function undoChanges(doc: Json, changes: readonly FieldChange[]): Json {
  return apply(doc, changes, 'backward');
}

/**
 * Undoes changes on `doc` itself (no copy): for rebuilding an old version through thousands of
 * entries, where copying the document at every step would dominate. `doc` must be the caller's own.
 */
export function undoChangesInPlace(doc: Json, changes: readonly FieldChange[]): Json {
  return apply(doc, changes, 'backward', true);
}

/** The value a field had in `doc`, by its formatted path. */
export function valueAt(doc: Json, field: string): unknown {
  return getAt(doc, parseFieldPath(field));
}

/** True when two JSON values are equal (key order ignored). */
export function jsonEquals(a: unknown, b: unknown): boolean {
  return sameJson(a, b);
}
