/**
 * References a revert would restore that point at entities which no longer exist. References
 * are stored as bare `$id` strings (or `{ $type, $id }`), so every text a revert brings back is
 * checked against the ids the audit log has seen; the caller then asks the store which of
 * those entities are gone.
 */
import type Database from 'better-sqlite3';
import type { FieldChange } from '../../../shared/governance/diff';

/** A restored reference and the entity it names. */
export interface DanglingReference {
  field: string;
  id: string;
  type: string;
}

function strings(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') {
    const ref = value as Record<string, unknown>;
    if (typeof ref.$id === 'string') out.push(ref.$id);
    for (const [k, v] of Object.entries(ref)) if (k !== '$id') strings(v, out);
  }
}

/** The restored values of `changes` that are ids of entities the audit log knows, with their types. */
export function danglingReferences(db: Database.Database, changes: readonly FieldChange[]): DanglingReference[] {
  const lookup = db.prepare('SELECT type FROM audit_log WHERE entity_id = ? ORDER BY seq DESC LIMIT 1').pluck();
  const out: DanglingReference[] = [];
  for (const change of changes) {
    if (!('newValue' in change)) continue;
    const found: string[] = [];
    strings(change.newValue, found);
    for (const id of new Set(found)) {
      if (id.length > 200) continue;
      const type = lookup.get(id) as string | undefined;
      if (type) out.push({ field: change.field, id, type });
    }
  }
  return out;
}
