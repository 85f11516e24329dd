/**
 * Opens the SQLite connection with the settings durability depends on. Pragmas are set on
 * EVERY open: after a close and reopen of a WAL file `synchronous` reads NORMAL again.
 * A file this process may not write opens read-only; a damaged one is refused before
 * anything is written to it.
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { StudioError } from '../../shared/errors';
import { registerRegexFunction } from '../query/regex';
import { LATEST_VERSION } from './migrations';

/** Oldest SQLite accepted: 3.51.3 fixes the WAL-reset corruption bug of 3.7.0-3.51.2. */
export const MIN_SQLITE = '3.51.3';
/** How long a connection waits for another writer before giving up, in ms. */
export const BUSY_TIMEOUT_MS = 5000;
/** Size the -wal file is cut back to once a checkpoint lets SQLite start it over (bytes). */
export const WAL_SIZE_LIMIT = 64 * 1024 * 1024;

/** How to open the database file. */
export interface OpenOptions {
  file: string;
  /** A better-sqlite3 binary built for this runtime (Electron's ABI); Node's build otherwise. */
  nativeBinding?: string;
}

/**
 * Opens (creating when missing) and configures a connection; refuses files from newer code.
 * The connection is read-only (`db.readonly`) when the file exists and this process may not write it.
 */
export function openDatabase(options: OpenOptions): Database.Database {
  const onDisk = options.file !== ':memory:' && options.file !== '';
  if (onDisk && !existsSync(dirname(options.file))) {
    throw new StudioError('NOT_FOUND', `The folder of the database ${options.file} does not exist: create it first or pick another path.`, { details: { file: options.file } });
  }
  const readonly = onDisk && existsSync(options.file) && !writable(options.file);
  const db = new Database(options.file, { readonly, fileMustExist: readonly, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  try {
    checkSqliteVersion(String((db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v));
    // Read the header and the schema before any pragma writes: a damaged or refused file must
    // be left byte for byte as it was.
    const version = db.pragma('user_version', { simple: true }) as number;
    db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get();
    if (version > LATEST_VERSION) {
      throw new StudioError(
        'CONFLICT',
        `The database "${options.file}" was written by a newer version of Semantic Studio (store schema ${version}; this version knows up to ${LATEST_VERSION}). Open it with a newer version; the file was not changed.`,
        { details: { file: options.file, schemaVersion: version, supported: LATEST_VERSION } },
      );
    }
    if (onDisk && !readonly) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('trusted_schema = OFF');
    // Deleted content is overwritten with zeros, so an erased person's data does not linger in free pages.
    db.pragma('secure_delete = ON');
    // After a burst of writes (or a long reader holding checkpoints back) the -wal file would keep its peak size.
    db.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT}`);
    registerFunctions(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Whether this process may write to a path (root included: a read-only mount says no). */
export function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Throws when the bundled SQLite is older than `MIN_SQLITE`. */
export function checkSqliteVersion(version: string): void {
  if (compareVersions(version, MIN_SQLITE) < 0) {
    throw new StudioError(
      'INTERNAL',
      `SQLite ${version} is too old: Semantic Studio needs ${MIN_SQLITE} or newer (older versions can corrupt WAL databases). Reinstall better-sqlite3.`,
    );
  }
}

/** Compares dotted version strings numerically. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** User functions the compiled queries call; deterministic so the planner may reuse results. */
function registerFunctions(db: Database.Database): void {
  registerRegexFunction(db);
  db.function('contains_text', { deterministic: true }, (value: unknown, needle: unknown) =>
    typeof value === 'string' && typeof needle === 'string' && value.toLowerCase().includes(needle.toLowerCase()) ? 1 : 0,
  );
}
