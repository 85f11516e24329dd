/** Which columns a type's table shows before the user picks: the properties its entities use most. */
import type { Entity } from '../../../shared/entity';
import { COMMON_PROPERTIES } from '../editor/field-specs';

// Long texts make poor columns: they are left for the editor unless a type has little else.
const LONG = new Set(['description', 'articleBody', 'text', 'reviewBody', 'abstract']);
const MAX_COLUMNS = 7;

/** `$id`, then the most used properties (common ones first, long texts last), then `$updatedAt`. */
export function defaultColumns(rows: Entity[]): string[] {
  const uses = new Map<string, number>();
  for (const row of rows.slice(0, 200)) {
    for (const key of Object.keys(row)) {
      if (!key.startsWith('$') && key !== 'deleted' && key !== 'deletedAt') uses.set(key, (uses.get(key) ?? 0) + 1);
    }
  }
  const rank = (key: string): number => {
    if (LONG.has(key)) return 1000;
    const common = COMMON_PROPERTIES.indexOf(key);
    return common >= 0 ? -1000 + common : -(uses.get(key) ?? 0);
  };
  const properties = [...uses.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)).slice(0, MAX_COLUMNS);
  return ['$id', ...properties, '$updatedAt'];
}
