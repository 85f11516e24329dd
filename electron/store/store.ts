/** `openStore`: the composition root of the engine (nothing is opened at import time). */
import { StudioError } from '../../shared/errors';
import { normalizeSettings, type CollectionOptions } from './collection-settings';
import { withLock } from './locks';
import { LATEST_VERSION, migrate } from './migrations';
import { BUSY_TIMEOUT_MS, openDatabase } from './open-database';
import { makeOps } from './ops';
import { Runner } from './runner';
import { storageError } from './storage-errors';
import { StoreCore } from './store-core';
import { typeName } from './type-ref';
import { collectionHandle } from './collection-handle';
import type { Collection, Store, StoreOptions } from './types';
import { purgeExpiredEntities } from './writes';

/** The settings durability depends on, read back by `info()` (see RELIABILITY.md R2). */
const EFFECTIVE_PRAGMAS = ['journal_mode', 'synchronous', 'foreign_keys', 'busy_timeout', 'trusted_schema', 'secure_delete', 'journal_size_limit'] as const;

/** Opens (creating and migrating when needed) a store. */
export function openStore(options: StoreOptions): Store {
  if (!options || typeof options.file !== 'string') throw new StudioError('VALIDATION', 'openStore needs { file } (a path or ":memory:")');
  const db = openOrExplain(options);
  let core: StoreCore;
  try {
    // A current schema needs no write lock: the store opens while another program holds it.
    if (db.readonly) refuseOutdated(db, options.file);
    else if ((db.pragma('user_version', { simple: true }) as number) < LATEST_VERSION) migrate(db);
    if (!db.readonly) refreshStatistics(db, 'optimize = 0x10002');
    core = new StoreCore(db, options.file, { validate: options.validate, onWrite: options.onWrite, searchable: options.searchable });
  } catch (error) {
    db.close();
    throw storageError(error, options.file);
  }
  const bind = (runner: Runner) => makeOps(core, runner);
  const root = new Runner(core, bind);
  const ops = bind(root);
  const exclusive = <R>(fn: () => R): Promise<R> => root.write(() => fn());
  // A read-only file has nothing to sweep that could be removed.
  const sweepMs = db.readonly ? 0 : (options.ttlSweepMs ?? 60_000);
  const sweep = sweepMs > 0 ? setInterval(() => void root.write((s) => purgeExpiredEntities(core, s)).catch(() => undefined), sweepMs) : null;
  sweep?.unref();

  const store: Store = {
    ...ops,
    collection<T extends Record<string, unknown>>(name: string, collectionOptions: CollectionOptions = {}): Collection<T> {
      const settings = normalizeSettings(name, collectionOptions);
      const ready = root.write(() => core.settings.declare(db, settings));
      // Failures surface on the collection's next call; no unhandled rejection meanwhile.
      ready.catch(() => undefined);
      return collectionHandle<T>(name, settings.type, ready, ops);
    },
    startSession() {
      let ended = false;
      return {
        withTransaction: (fn) => {
          if (ended) return Promise.reject(new StudioError('CONFLICT', 'This session has ended'));
          return ops.transaction(fn);
        },
        endSession: () => {
          ended = true;
        },
      };
    },
    withLock: (name, fn, lockOptions) => withLock(core, exclusive, name, fn, lockOptions),
    onChange(listener) {
      core.listeners.add(listener);
      return () => core.listeners.delete(listener);
    },
    purgeExpired: () => root.write((s) => purgeExpiredEntities(core, s)),
    info: () => ({
      file: options.file,
      readOnly: db.readonly,
      sqliteVersion: String(db.prepare('SELECT sqlite_version()').pluck().get()),
      pragmas: Object.fromEntries(EFFECTIVE_PRAGMAS.map((p) => [p, db.pragma(p, { simple: true }) as string | number])),
    }),
    close() {
      if (sweep) clearInterval(sweep);
      if (!db.open) return;
      if (!db.readonly) refreshStatistics(db, 'optimize');
      db.close();
    },
  };
  return store;
}

/**
 * Planner statistics stay fresh cheaply: sampled ANALYZE of tables that changed a lot. Best
 * effort and without waiting: another program's write lock or a full disk must not stop an open.
 */
function refreshStatistics(db: ReturnType<typeof openDatabase>, optimize: 'optimize' | 'optimize = 0x10002'): void {
  db.pragma('busy_timeout = 0');
  try {
    db.pragma('analysis_limit = 2000');
    db.pragma(optimize);
  } catch {
    // The next open tries again.
  } finally {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  }
}

/** A read-only file opens only when its schema is current: upgrading it would need a write. */
function refuseOutdated(db: ReturnType<typeof openDatabase>, file: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version >= LATEST_VERSION) return;
  throw new StudioError(
    'READ_ONLY',
    `The database is read-only: ${file} was written by an older version of Semantic Studio and must be upgraded (store schema ${version} to ${LATEST_VERSION}) before it can be opened, which needs a write. Nothing was changed. Make the file and its folder writable, or copy the database to a writable folder and open the copy.`,
    { details: { file, schemaVersion: version } },
  );
}

/** Opens the connection; a file SQLite cannot use becomes a typed error naming it. */
function openOrExplain(options: StoreOptions): ReturnType<typeof openDatabase> {
  try {
    return openDatabase(options);
  } catch (error) {
    throw storageError(error, options.file);
  }
}

/** Re-exported so callers can resolve `$.Type` or a name the way the store does. */
export { typeName };
