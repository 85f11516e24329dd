/**
 * The custom type tables of store migration 7: `custom_types` holds each stored type's current
 * version, `custom_type_history` every version ever written. Plain functions over a connection;
 * the type service runs them inside the store's transactions.
 */
import type Database from 'better-sqlite3';
import type { CustomTypeDefinition } from '../../../shared/vocab/custom-type';

/** A stored custom type at its current version. */
export interface StoredType {
  name: string;
  version: number;
  definition: CustomTypeDefinition;
  updatedAt: string;
  updatedBy: string;
}

/** How a version came about: the first definition (or one after a deletion), a later change, a deletion. */
export type VersionKind = 'define' | 'update' | 'delete';

/** One row of a type's history. */
export interface StoredVersion {
  version: number;
  kind: VersionKind;
  definition: CustomTypeDefinition | null;
  actor: string;
  at: string;
}

interface TypeRow {
  name: string;
  version: number;
  definition: string;
  updated_at: string;
  updated_by: string;
}

const toStored = (r: TypeRow): StoredType => ({
  name: r.name,
  version: r.version,
  definition: JSON.parse(r.definition) as CustomTypeDefinition,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
});

/** Every stored type, in the order they were first defined (parents before the types that name them). */
export function storedTypes(db: Database.Database): StoredType[] {
  return (db.prepare('SELECT name, version, definition, updated_at, updated_by FROM custom_types ORDER BY seq').all() as TypeRow[]).map(toStored);
}

/** One stored type, or undefined. */
export function storedType(db: Database.Database, name: string): StoredType | undefined {
  const row = db.prepare('SELECT name, version, definition, updated_at, updated_by FROM custom_types WHERE name = ?').get(name) as TypeRow | undefined;
  return row ? toStored(row) : undefined;
}

/** The highest version in a type's history (0 when it has none). */
function lastVersion(db: Database.Database, name: string): number {
  return (db.prepare('SELECT coalesce(max(version), 0) FROM custom_type_history WHERE name = ?').pluck().get(name) as number) ?? 0;
}

/** Writes the next version of a type (current row and history row); returns its number and kind. */
export function saveVersion(db: Database.Database, name: string, definition: CustomTypeDefinition, actor: string, at: string): { version: number; kind: VersionKind } {
  const version = lastVersion(db, name) + 1;
  const kind: VersionKind = storedType(db, name) ? 'update' : 'define';
  const text = JSON.stringify(definition);
  db.prepare(
    `INSERT INTO custom_types(name, version, definition, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(name) DO UPDATE SET version = excluded.version, definition = excluded.definition, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run(name, version, text, at, actor);
  db.prepare('INSERT INTO custom_type_history(name, version, kind, definition, actor, at) VALUES (?, ?, ?, ?, ?, ?)').run(name, version, kind, text, actor, at);
  return { version, kind };
}

/** Removes a stored type, recording the deletion as its next version; returns that version. */
export function deleteStored(db: Database.Database, name: string, actor: string, at: string): number {
  const version = lastVersion(db, name) + 1;
  db.prepare('DELETE FROM custom_types WHERE name = ?').run(name);
  db.prepare("INSERT INTO custom_type_history(name, version, kind, definition, actor, at) VALUES (?, ?, 'delete', NULL, ?, ?)").run(name, version, actor, at);
  return version;
}

/**
 * A type's history, newest first: `limit` versions plus, when there is one, the version just
 * before the oldest of them (so every returned version can be compared with its predecessor).
 */
export function typeHistory(db: Database.Database, name: string, limit: number): StoredVersion[] {
  const rows = db
    .prepare('SELECT version, kind, definition, actor, at FROM custom_type_history WHERE name = ? ORDER BY version DESC LIMIT ?')
    .all(name, limit + 1) as Array<{ version: number; kind: VersionKind; definition: string | null; actor: string; at: string }>;
  return rows.map((r) => ({ ...r, definition: r.definition === null ? null : (JSON.parse(r.definition) as CustomTypeDefinition) }));
}
