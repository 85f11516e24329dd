/** A type's column layout (which columns, in which order, how wide), remembered per type in local storage. */

/** The columns of one type's table. */
export interface ColumnLayout {
  columns: string[];
  widths: Record<string, number>;
}

const PREFIX = 'studio.columns.';

/** The saved layout of a type, or undefined when the user never changed it. */
export function loadLayout(type: string, storage: Storage = localStorage): ColumnLayout | undefined {
  try {
    const raw = storage.getItem(PREFIX + type);
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as Partial<ColumnLayout>;
    if (!Array.isArray(parsed.columns) || !parsed.columns.every((c) => typeof c === 'string')) return undefined;
    const widths: Record<string, number> = {};
    for (const [k, v] of Object.entries(parsed.widths ?? {})) if (typeof v === 'number' && v >= 60 && v <= 1200) widths[k] = v;
    return { columns: parsed.columns, widths };
  } catch {
    // A corrupt entry is as good as none: the defaults apply and the next change overwrites it.
    return undefined;
  }
}

/** Saves a type's layout. */
export function saveLayout(type: string, layout: ColumnLayout, storage: Storage = localStorage): void {
  storage.setItem(PREFIX + type, JSON.stringify(layout));
}

/** Forgets a type's layout (back to the defaults). */
export function clearLayout(type: string, storage: Storage = localStorage): void {
  storage.removeItem(PREFIX + type);
}

/** Moves a column one place left (-1) or right (+1). */
export function moveColumn(columns: readonly string[], column: string, by: -1 | 1): string[] {
  const at = columns.indexOf(column);
  const to = at + by;
  if (at < 0 || to < 0 || to >= columns.length) return [...columns];
  const next = [...columns];
  next.splice(at, 1);
  next.splice(to, 0, column);
  return next;
}

/** Shows or hides a column; a shown column goes before `$updatedAt` when that is last. */
export function toggleColumn(columns: readonly string[], column: string): string[] {
  if (columns.includes(column)) return columns.filter((c) => c !== column);
  const last = columns[columns.length - 1];
  return last === '$updatedAt' ? [...columns.slice(0, -1), column, last] : [...columns, column];
}
