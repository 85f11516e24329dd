/**
 * The store's state behind the API: the connection, what it knows about shapes and
 * collections, the cache of prepared statements, and change listeners. Functions in
 * reads.ts and writes.ts take it first, synchronously.
 */
import type Database from 'better-sqlite3';
import { PlanCache } from '../query/plan-cache';
import type { CompiledSql, Sql } from '../query/sql';
import type { EntityRow } from './entity-data';
import { Gate } from './gate';
import { SettingsRegistry } from './settings-registry';
import { ShapeRegistry } from './shapes';
import { prepareWriteStatements, type WriteEnv } from './write-path';
import type { Change, StoreOptions } from './types';

/** Most statements kept prepared, in each mode. */
const STATEMENT_CACHE = 400;

/** The shared state of one open store. */
export class StoreCore implements WriteEnv {
  readonly shapes = new ShapeRegistry();
  readonly settings = new SettingsRegistry();
  readonly gate = new Gate();
  /** Compiled read plans by query shape (see electron/query/plan-cache.ts). */
  readonly plans = new PlanCache();
  readonly statements;
  readonly listeners = new Set<(change: Change) => void>();
  private readonly cache = new Map<string, Database.Statement>();
  /** Statements in raw mode, apart: keyed by the SQL text as it is, whose hash V8 keeps. */
  private readonly rawCache = new Map<string, Database.Statement>();
  private readonly byId: Database.Statement;
  private readonly byIdOfType: Database.Statement;
  private readonly dataVersion: Database.Statement;
  private readonly epochs: Database.Statement;
  private seenDataVersion = -1;
  private seenEpochs = '';

  constructor(
    readonly db: Database.Database,
    readonly file: string,
    readonly hooks: Pick<StoreOptions, 'validate' | 'onWrite' | 'searchable'>,
  ) {
    this.statements = prepareWriteStatements(db);
    this.byId = db.prepare('SELECT rowid, id, type, version, created_at, updated_at, deleted, doc FROM entities WHERE id = ?');
    this.byIdOfType = db.prepare('SELECT version, created_at, updated_at, deleted, doc FROM entities WHERE id = ? AND type = ?');
    this.dataVersion = db.prepare('PRAGMA data_version').pluck();
    this.epochs = db.prepare("SELECT (SELECT value FROM store_meta WHERE key = 'settings_epoch') || '/' || (SELECT count(*) FROM entity_shapes)").pluck();
    this.refresh(true);
  }

  /** A cached prepared statement for compiled SQL; `raw` ones return rows as arrays and are cached apart. */
  statement(text: string, raw = false): Database.Statement {
    const cache = raw ? this.rawCache : this.cache;
    let stmt = cache.get(text);
    if (stmt) {
      // Re-insert to keep the most recently used last (Map keeps insertion order).
      cache.delete(text);
      cache.set(text, stmt);
      return stmt;
    }
    stmt = this.db.prepare(text);
    if (raw) stmt.raw(true);
    if (cache.size >= STATEMENT_CACHE) cache.delete(cache.keys().next().value as string);
    cache.set(text, stmt);
    return stmt;
  }

  /** Runs a compiled query. */
  all<T>(query: Sql | CompiledSql): T[] {
    const { text, params } = 'text' in query ? query : { text: query.sql, params: query.params };
    return this.statement(text).all(...params) as T[];
  }

  /** Runs a compiled query whose rows come back as arrays: no object is built per row. */
  rawRows(query: Sql | CompiledSql): unknown[][] {
    const { text, params } = 'text' in query ? query : { text: query.sql, params: query.params };
    return this.statement(text, true).all(...params) as unknown[][];
  }

  /** The row of an `$id`. */
  rowById(id: string): EntityRow | undefined {
    return this.byId.get(id) as EntityRow | undefined;
  }

  /** What `get` shows of the row of an `$id` when it is of `type` (the caller has the id and type). */
  rowOfType(id: string, type: string): Pick<EntityRow, 'version' | 'created_at' | 'updated_at' | 'deleted' | 'doc'> | undefined {
    return this.byIdOfType.get(id, type) as Pick<EntityRow, 'version' | 'created_at' | 'updated_at' | 'deleted' | 'doc'> | undefined;
  }

  /** Reloads shapes and collection settings when another connection changed them. */
  refresh(force = false): void {
    const version = Number(this.dataVersion.get());
    if (!force && version === this.seenDataVersion) return;
    this.seenDataVersion = version;
    const epochs = String(this.epochs.get());
    if (!force && epochs === this.seenEpochs) return;
    this.seenEpochs = epochs;
    this.shapes.load(this.db);
    this.settings.load(this.db);
  }

  /** Tells listeners about committed changes; a failing listener does not stop the others. */
  announce(changes: readonly Change[]): void {
    for (const change of changes) {
      for (const listener of this.listeners) {
        try {
          listener(change);
        } catch (error) {
          console.error('[store] a change listener failed:', error);
        }
      }
    }
  }
}
