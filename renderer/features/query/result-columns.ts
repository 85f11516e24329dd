/**
 * Which columns a result table shows: for entities, `$id`, the name, then the fields the
 * query names (so a filtered nested field like `worksFor.name` is visible), then other
 * properties; for aggregation rows, every top-level field. Values are read along dotted paths.
 */

/** Most columns shown. */
const MAX_COLUMNS = 10;

/** The columns of result rows, the query's own fields first. */
export function resultColumns(rows: readonly Record<string, unknown>[], queried: readonly string[] = []): string[] {
  const entity = rows.some((r) => typeof r.$id === 'string');
  const columns: string[] = [];
  const add = (c: string) => !columns.includes(c) && columns.length < MAX_COLUMNS && columns.push(c);
  if (entity) {
    add('$id');
    if (rows.some((r) => r.name !== undefined)) add('name');
  }
  queried.forEach(add);
  for (const row of rows.slice(0, 50)) for (const key of Object.keys(row)) if (!key.startsWith('$') || !entity) add(key);
  return columns;
}

/** The value at a dotted path (arrays of objects give the list of their values). */
export function valueAt(row: unknown, path: string): unknown {
  let node: unknown = row;
  for (const key of path.split('.')) {
    if (Array.isArray(node)) node = node.map((n) => (n && typeof n === 'object' ? (n as Record<string, unknown>)[key] : undefined));
    else if (node && typeof node === 'object') node = (node as Record<string, unknown>)[key];
    else return undefined;
  }
  return node;
}

/** A cell's text: scalars as they are, embedded objects by their name or as compact JSON. */
export function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/\.?0+$/, '');
  if (typeof value !== 'object') return String(value);
  if (!Array.isArray(value) && typeof (value as { name?: unknown }).name === 'string') return (value as { name: string }).name;
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
