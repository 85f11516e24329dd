/**
 * Online backups with SQLite's backup API (better-sqlite3's `db.backup`): a consistent copy of
 * the live database while it stays open, checked with `integrity_check` before it counts.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { StudioError } from '../../../shared/errors';
import type { Store } from '../../store/types';

/** Copies the database to `dir/<label>-<time>.db` and verifies the copy; returns its path. */
export async function backupDatabase(store: Store, dir: string, label = 'studio'): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${label}-${new Date().toISOString().replace(/[:.]/g, '-')}.db`);
  await store.connection((db) => db.backup(file));
  const copy = new Database(file);
  try {
    // A backup is a single self-contained file: no -wal/-shm beside it.
    copy.pragma('journal_mode = DELETE');
    const result = copy.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new StudioError('INTERNAL', `The backup ${file} failed its integrity check (${String(result)}); nothing was migrated.`);
  } finally {
    copy.close();
  }
  return file;
}
