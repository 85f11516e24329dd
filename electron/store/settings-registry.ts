/**
 * The declared collections, per type: loaded from the `collections` table at open and on
 * every change by another connection, and applied (indexes created or dropped, array values
 * backfilled) when a collection is declared.
 */
import type Database from 'better-sqlite3';
import { StudioError } from '../../shared/errors';
import { jsonPathLiteral, typeLiteral } from '../query/identifiers';
import type { IndexHints } from '../query/shape';
import { arrayValues } from './doc-walk';
import { forEachEntityRow } from './row-batches';
import type { IndexSettings, TypeSettings } from './collection-settings';

/** A path whose values reached through arrays are kept in `entity_values`. */
export interface MultikeyPath {
  name: string;
  segments: string[];
}

/** Settings plus what is derived from them. */
export interface LoadedSettings extends TypeSettings {
  multikeyPaths: MultikeyPath[];
  hints: IndexHints;
}

/** Every type's settings. */
export class SettingsRegistry {
  private readonly byType = new Map<string, LoadedSettings>();
  private readonly byIndex = new Map<string, IndexSettings>();
  /** Bumped on every change of the settings, so plans compiled against older ones are not reused. */
  epoch = 0;

  /** The settings of a type, if a collection declared it. */
  forType(type: string): LoadedSettings | undefined {
    return this.byType.get(type);
  }

  /** Every declared type's settings. */
  all(): LoadedSettings[] {
    return [...this.byType.values()];
  }

  /** The declared index named `name` (for error messages). */
  indexByName(name: string): IndexSettings | undefined {
    return this.byIndex.get(name.replace(/_ci$/, ''));
  }

  /** Replaces the in-memory settings with the table's. */
  load(db: Database.Database): void {
    this.byType.clear();
    this.byIndex.clear();
    this.epoch += 1;
    for (const row of db.prepare('SELECT options FROM collections').all() as Array<{ options: string }>) {
      this.remember(JSON.parse(row.options) as TypeSettings);
    }
  }

  /** Declares a collection: DDL, backfill and the settings row, inside the caller's transaction. */
  declare(db: Database.Database, next: TypeSettings): void {
    const owner = db.prepare('SELECT name FROM collections WHERE type = ?').get(next.type) as { name: string } | undefined;
    if (owner && owner.name !== next.collection) {
      throw new StudioError('CONFLICT', `Type ${next.type} already belongs to collection "${owner.name}"`, { details: { type: next.type, collection: owner.name } });
    }
    const row = db.prepare('SELECT options FROM collections WHERE name = ?').get(next.collection) as { options: string } | undefined;
    const previous = row ? (JSON.parse(row.options) as TypeSettings) : null;
    if (previous && JSON.stringify(previous) === JSON.stringify(next)) {
      if (!this.byType.has(next.type)) this.remember(next);
      return;
    }
    if (previous && previous.type !== next.type) this.dropIndexes(db, previous.indexes);
    const oldNames = new Set(previous?.type === next.type ? previous.indexes.map((i) => i.name) : []);
    const newNames = new Set(next.indexes.map((i) => i.name));
    this.dropIndexes(db, (previous?.indexes ?? []).filter((i) => !newNames.has(i.name)));
    for (const index of next.indexes.filter((i) => !oldNames.has(i.name))) createIndex(db, next.type, index);
    const before = new Set(previous?.type === next.type ? multikeyOf(previous).map((p) => p.name) : []);
    const after = multikeyOf(next);
    if (previous) db.prepare('DELETE FROM entity_values WHERE type = ? AND path NOT IN (SELECT value FROM json_each(?))').run(previous.type, JSON.stringify(after.map((p) => p.name)));
    backfill(db, next.type, after.filter((p) => !before.has(p.name)));
    db.prepare('INSERT INTO collections(name, type, options) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET type = excluded.type, options = excluded.options').run(next.collection, next.type, JSON.stringify(next));
    db.prepare("UPDATE store_meta SET value = value + 1 WHERE key = 'settings_epoch'").run();
    if (previous) this.byType.delete(previous.type);
    this.epoch += 1;
    this.remember(next);
  }

  private dropIndexes(db: Database.Database, indexes: readonly IndexSettings[]): void {
    this.epoch += 1;
    for (const index of indexes) {
      db.exec(`DROP INDEX IF EXISTS ${index.name}`);
      db.exec(`DROP INDEX IF EXISTS ${index.name}_ci`);
      this.byIndex.delete(index.name);
    }
  }

  private remember(settings: TypeSettings): void {
    this.epoch += 1;
    const multikeyPaths = multikeyOf(settings);
    const multikey = new Set(multikeyPaths.map((p) => p.name));
    const folded = new Set(settings.indexes.filter((i) => i.caseInsensitive).map((i) => i.fields[0]!.join('.')));
    const plain = new Set(settings.indexes.map((i) => i.fields[0]!.join('.')));
    const hints: IndexHints = { multikey: (p) => multikey.has(p), caseFolded: (p) => folded.has(p), plain: (p) => plain.has(p) };
    this.byType.set(settings.type, { ...settings, multikeyPaths, hints });
    for (const index of settings.indexes) this.byIndex.set(index.name, index);
  }
}

function multikeyOf(settings: TypeSettings): MultikeyPath[] {
  const seen = new Map<string, MultikeyPath>();
  for (const index of settings.indexes) for (const f of index.fields) seen.set(f.join('.'), { name: f.join('.'), segments: f });
  return [...seen.values()];
}

/** Index names are generated from validated parts (see collection-settings.ts), never user text. */
function createIndex(db: Database.Database, type: string, index: IndexSettings): void {
  if (!/^ix_[A-Za-z0-9_]+$/.test(index.name)) throw new StudioError('INTERNAL', 'invalid index name');
  const exprs = index.fields.map((f) => `json_extract(doc, ${jsonPathLiteral(f).text})`);
  const typeSql = typeLiteral(type).text;
  try {
    if (index.unique) {
      db.exec(`CREATE UNIQUE INDEX IF NOT EXISTS ${index.name} ON entities(${exprs.join(', ')}) WHERE type = ${typeSql} AND deleted = 0`);
    } else {
      db.exec(`CREATE INDEX IF NOT EXISTS ${index.name} ON entities(${exprs.join(', ')}, id) WHERE type = ${typeSql}`);
    }
    if (index.caseInsensitive) db.exec(`CREATE INDEX IF NOT EXISTS ${index.name}_ci ON entities(lower(${exprs[0]}), id) WHERE type = ${typeSql}`);
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
      const field = index.fields.map((f) => f.join('.')).join(', ');
      throw new StudioError('UNIQUE', `Cannot declare ${field} of ${type} unique: existing entities share a value`, { details: { type, field } });
    }
    throw error;
  }
  db.exec(`ANALYZE ${index.name}`);
}

function backfill(db: Database.Database, type: string, paths: readonly MultikeyPath[]): void {
  if (paths.length === 0) return;
  const insert = db.prepare('INSERT INTO entity_values(entity_rowid, type, path, value, kind, elem) VALUES (?, ?, ?, ?, ?, ?)');
  forEachEntityRow(db, type, (row) => {
    const doc = JSON.parse(row.doc);
    for (const p of paths) for (const v of arrayValues(doc, p.segments)) insert.run(row.rowid, type, p.name, v.value, v.kind, v.elem);
  });
}
