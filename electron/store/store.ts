/** `openStore`: the composition root of the engine (nothing is opened at import time). */
import { StudioError } from '../../shared/errors';
import { normalizeSettings, type CollectionOptions } from './collection-settings';
import { withLock } from './locks';
import { migrate } from './migrations';
import { openDatabase } from './open-database';
import { makeOps } from './ops';
import { Runner } from './runner';
import { StoreCore } from './store-core';
import { typeName } from './type-ref';
import { collectionHandle } from './collection-handle';
import type { Collection, Store, StoreOptions } from './types';
import { purgeExpiredEntities } from './writes';

/** The settings durability depends on, read back by `info()` (see RELIABILITY.md R2). */
const EFFECTIVE_PRAGMAS = ['journal_mode', 'synchronous', 'foreign_keys', 'busy_timeout', 'trusted_schema'] as const;

/** Opens (creating and migrating when needed) a store. */
export function openStore(options: StoreOptions): Store {
  if (!options || typeof options.file !== 'string') throw new StudioError('VALIDATION', 'openStore needs { file } (a path or ":memory:")');
  const db = openDatabase(options);
  try {
    migrate(db);
    // Planner statistics stay fresh cheaply: sampled ANALYZE of tables that changed a lot.
    db.pragma('analysis_limit = 2000');
    db.pragma('optimize = 0x10002');
  } catch (error) {
    db.close();
    throw error;
  }
  const core = new StoreCore(db, options.file, { validate: options.validate, onWrite: options.onWrite, searchable: options.searchable });
  const bind = (runner: Runner) => makeOps(core, runner);
  const root = new Runner(core, bind);
  const ops = bind(root);
  const exclusive = <R>(fn: () => R): Promise<R> => root.write(() => fn());
  const sweepMs = options.ttlSweepMs ?? 60_000;
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
      sqliteVersion: String(db.prepare('SELECT sqlite_version()').pluck().get()),
      pragmas: Object.fromEntries(EFFECTIVE_PRAGMAS.map((p) => [p, db.pragma(p, { simple: true }) as string | number])),
    }),
    close() {
      if (sweep) clearInterval(sweep);
      if (!db.open) return;
      db.pragma('optimize');
      db.close();
    },
  };
  return store;
}

/** Re-exported so callers can resolve `$.Type` or a name the way the store does. */
export { typeName };
