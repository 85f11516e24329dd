/**
 * The order of values across JSON types, as MongoDB sorts them: missing and null, then
 * numbers, text, objects, arrays, booleans, dates. `$sort` and `$min`/`$max` use it in
 * JavaScript; SQLite's own order (NULL < numbers < text) agrees on the kinds the SQL path
 * accepts.
 */

function rank(value: unknown): number {
  if (value === undefined || value === null) return 0;
  if (typeof value === 'number') return 1;
  if (typeof value === 'string') return 2;
  if (value instanceof Date) return 6;
  if (Array.isArray(value)) return 4;
  if (typeof value === 'object') return 3;
  if (typeof value === 'boolean') return 5;
  return 7;
}

/** Negative, zero or positive as `a` sorts before, with or after `b`. */
export function compareValues(a: unknown, b: unknown): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  switch (ra) {
    case 1:
      return (a as number) - (b as number);
    case 2:
      return a === b ? 0 : (a as string) < (b as string) ? -1 : 1;
    case 3:
      return compareObjects(a as Record<string, unknown>, b as Record<string, unknown>);
    case 4:
      return compareArrays(a as unknown[], b as unknown[]);
    case 5:
      return Number(a) - Number(b);
    case 6:
      return (a as Date).getTime() - (b as Date).getTime();
    default:
      return 0;
  }
}

function compareArrays(a: unknown[], b: unknown[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compareValues(a[i], b[i]);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

function compareObjects(a: Record<string, unknown>, b: Record<string, unknown>): number {
  const ea = Object.entries(a);
  const eb = Object.entries(b);
  for (let i = 0; i < Math.min(ea.length, eb.length); i++) {
    const [ka, va] = ea[i]!;
    const [kb, vb] = eb[i]!;
    const byValueType = rank(va) - rank(vb);
    if (byValueType !== 0) return byValueType;
    if (ka !== kb) return ka < kb ? -1 : 1;
    const c = compareValues(va, vb);
    if (c !== 0) return c;
  }
  return ea.length - eb.length;
}

/** The value a document sorts by: an array sorts by its smallest element ascending, its largest descending. */
export function sortValue(value: unknown, direction: 1 | -1): unknown {
  if (!Array.isArray(value)) return value;
  if (value.length === 0) return undefined;
  let best = value[0];
  for (const item of value) if (compareValues(item, best) * direction < 0) best = item;
  return best;
}
