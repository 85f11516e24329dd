/** Display formatting for counts and cell values. */

const counts = new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 });
const exact = new Intl.NumberFormat();

/** 1234 → "1.2K" in the sidebar; small counts stay exact. */
export function formatCount(n: number): string {
  return n < 10_000 ? exact.format(n) : counts.format(n);
}

/** A cell's text: scalars as they are, embedded entities by name, arrays joined. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(cellText).join(', ');
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const label = obj.name ?? obj.$id ?? obj['@id'];
    if (typeof label === 'string') return obj.$type ? `${label} (${String(obj.$type)})` : label;
    return JSON.stringify(value);
  }
  return String(value);
}
