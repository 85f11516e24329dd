/** Which columns a type's table shows before the user picks: the properties its entities use most. */
import type { Entity } from '../../../shared/entity';

const PREFERRED = ['name', 'email', 'jobTitle', 'telephone', 'url', 'description'];
const MAX_COLUMNS = 8;

/** `$id`, then the most used properties (well-known ones first), then `$updatedAt`. */
export function defaultColumns(rows: Entity[]): string[] {
  const uses = new Map<string, number>();
  for (const row of rows.slice(0, 200)) {
    for (const key of Object.keys(row)) {
      if (!key.startsWith('$')) uses.set(key, (uses.get(key) ?? 0) + 1);
    }
  }
  const rank = (key: string): number => {
    const preferred = PREFERRED.indexOf(key);
    return preferred >= 0 ? -1000 + preferred : -(uses.get(key) ?? 0);
  };
  const properties = [...uses.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)).slice(0, MAX_COLUMNS);
  return ['$id', ...properties, '$updatedAt'];
}

/** A column's header text: `$updatedAt` → "Updated", `jobTitle` → "Job title". */
export function columnLabel(key: string): string {
  if (key === '$id') return 'ID';
  if (key === '$updatedAt') return 'Updated';
  const words = key.replace(/^\$/, '').replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
