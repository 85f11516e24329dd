/**
 * Reading an entity's past from the audit log: the entity as it was at a version or a time
 * (rebuilt by undoing the field changes recorded after it, starting from the stored entity),
 * and every change of one field with who made it.
 */
import type Database from 'better-sqlite3';
import type { Entity } from '../../../shared/entity';
import type { FieldHistoryItem } from '../../../shared/governance/audit-entry';
import { BOOKKEEPING_FIELDS, undoChangesInPlace, type FieldChange } from '../../../shared/governance/diff';
import { cloneJson, getAt, isWithinPath, parseFieldPath } from '../../../shared/governance/field-path';
import { auditEntries, entriesAfterVersion, versionAtTime, versionTimestamp, type AuditScope } from './audit-log';

type Doc = Record<string, unknown>;

function propsOf(entity: Entity | null): Doc {
  const out: Doc = {};
  if (!entity) return out;
  for (const [key, value] of Object.entries(entity)) if (!BOOKKEEPING_FIELDS.has(key)) out[key] = value;
  return out;
}

/**
 * The entity as it was at `version` (null when it did not exist then). `current` is the stored
 * entity, soft-deleted ones included, or null when it was removed for good.
 */
export function entityAtVersion(db: Database.Database, type: string, id: string, current: Entity | null, version: number, scope: AuditScope = { type }): Entity | null {
  if (version <= 0) return null;
  const later = entriesAfterVersion(db, id, version, scope);
  if (!current && later.length === 0) return null;
  // One private copy, undone in place entry by entry (newest first).
  const doc = cloneJson(propsOf(current));
  for (const entry of later) undoChangesInPlace(doc, entry.changes);
  const at = versionTimestamp(db, id, version, scope);
  if (at === undefined && current?.$version !== version) return null;
  return {
    $type: type,
    $id: id,
    $version: version,
    ...(current?.$createdAt ? { $createdAt: current.$createdAt } : {}),
    ...(at ? { $updatedAt: at } : current?.$updatedAt ? { $updatedAt: current.$updatedAt } : {}),
    ...doc,
  };
}

/** The entity as it was at an ISO time (null when it did not exist yet). */
export function entityAtTime(db: Database.Database, type: string, id: string, current: Entity | null, time: string, scope: AuditScope = { type }): Entity | null {
  return entityAtVersion(db, type, id, current, versionAtTime(db, id, time, scope), scope);
}

function sub(value: unknown, within: string, field: string): unknown {
  // `field` lies inside the changed value at `within`: read the remainder of its path.
  const rest = parseFieldPath(field).slice(parseFieldPath(within).length);
  return getAt(value, rest);
}

function pick(change: FieldChange, field: string): Omit<FieldHistoryItem, 'seq' | 'timestamp' | 'actor' | 'action' | 'version'> | null {
  if (isWithinPath(change.field, field)) return change;
  if (!isWithinPath(field, change.field)) return null;
  const out: { field: string; oldValue?: unknown; newValue?: unknown } = { field };
  const oldValue = 'oldValue' in change ? sub(change.oldValue, change.field, field) : undefined;
  const newValue = 'newValue' in change ? sub(change.newValue, change.field, field) : undefined;
  if (oldValue !== undefined) out.oldValue = oldValue;
  if (newValue !== undefined) out.newValue = newValue;
  return oldValue === undefined && newValue === undefined ? null : out;
}

/**
 * Every change of `field` (or of anything inside it, or of a parent that replaced it) across
 * an entity's history, oldest first: "who changed the status, and when".
 */
export function whoChangedField(db: Database.Database, id: string, field: string, scope?: AuditScope): FieldHistoryItem[] {
  const items: FieldHistoryItem[] = [];
  for (const entry of auditEntries(db, id, scope).reverse()) {
    for (const change of entry.changes) {
      const hit = pick(change, field);
      if (hit) items.push({ seq: entry.seq, timestamp: entry.timestamp, actor: entry.actor, action: entry.action, version: entry.version, ...hit });
    }
  }
  return items;
}
