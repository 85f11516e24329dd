/**
 * What a save sends: only what changed since the form opened, as `$set`/`$unset` on property
 * paths, so values the form never touched go untouched — above all personal data the main
 * process masked (`j***@example.com`), which must never be written back over the real value.
 */

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The changes from `before` to `after` (both pruned entity data); empty when nothing changed. */
export function patchChanges(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, unknown> {
  const set: Record<string, unknown> = {};
  const unset: Record<string, ''> = {};
  const walk = (b: Record<string, unknown>, a: Record<string, unknown>, prefix: string): void => {
    for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
      const path = prefix ? `${prefix}.${key}` : key;
      const bv = b[key];
      const av = a[key];
      if (same(bv, av)) continue;
      // An embedded entity that changed type is replaced whole; one that kept it changes field by field.
      if (av === undefined) unset[path] = '';
      else if (isObject(bv) && isObject(av) && bv.$type === av.$type) walk(bv, av, path);
      else set[path] = av;
    }
  };
  walk(before, after, '');
  return { ...(Object.keys(set).length ? { $set: set } : {}), ...(Object.keys(unset).length ? { $unset: unset } : {}) };
}

// The main process masks personal data with three stars (`j***@example.com`, `***`).
const MASKED = /\*{3}/;

/** True for a value the main process masked. */
export function isMasked(value: unknown): boolean {
  return typeof value === 'string' && MASKED.test(value);
}

/** A copy of `values` without the masked values still equal to what was loaded (they are not the user's to validate). */
export function withoutUntouchedMasks(values: unknown, loaded: unknown): unknown {
  if (isMasked(values) && values === loaded) return undefined;
  if (Array.isArray(values)) return values.map((v, i) => withoutUntouchedMasks(v, Array.isArray(loaded) ? loaded[i] : undefined));
  if (isObject(values)) {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(values)) out[key] = withoutUntouchedMasks(v, isObject(loaded) ? loaded[key] : undefined);
    return out;
  }
  return values;
}
