/**
 * SQLite's file-level failures (a damaged file, a read-only file, a full disk, a lock held by
 * another program, an I/O error) as typed errors that name the file and say what to do. The
 * one place these codes are read: the store's runner and open path, the dispatcher and the
 * command line all pass unknown errors through `storageError`.
 */
import { dirname } from 'node:path';
import { StudioError } from '../../shared/errors';
import { BUSY_TIMEOUT_MS, writable } from './open-database';

/** How to get back a damaged database; shown with every CORRUPT error. */
const RESTORE_HINT = 'Restore it from a backup (a copy made by "semantic-studio backup", or the backups folder beside the database)';

/**
 * The typed form of a SQLite error, or the error unchanged when it is not one of the file-level
 * failures. `file` is the database the failing connection had open (unnamed when unknown).
 */
export function storageError(error: unknown, file?: string): unknown {
  if (error instanceof StudioError) return error;
  const code = sqliteCode(error);
  if (!code) return error;
  const name = file && file !== ':memory:' ? file : undefined;
  const db = name ? `The database ${name}` : 'The database';
  const details = { ...(name ? { file: name } : {}), sqliteCode: code };
  const reason = `SQLite: ${(error as Error).message}`;
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    const check = name ? `"semantic-studio check --db ${name}"` : '"semantic-studio check"';
    return new StudioError('CORRUPT', `${db} cannot be read: the file is damaged or is not a Semantic Studio database (${reason}). Nothing was changed. ${RESTORE_HINT}, or run ${check} to see what is wrong.`, { details });
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new StudioError('READ_ONLY', `The database is read-only: ${name ?? 'its file'} cannot be written (${reason}). Nothing was saved. Make the file and its folder writable, or copy the database to a writable folder and open the copy.`, { details });
  }
  if (code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_NOSPC') {
    return new StudioError('DISK_FULL', `The disk is full: ${name ?? 'the database'} could not grow, so this change was not saved; everything saved before is intact. Free some disk space and try again (no restart needed).`, { details });
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new StudioError('LOCKED', `${db} is locked by another program: it waited ${BUSY_TIMEOUT_MS / 1000} s for the lock and gave up, so nothing was changed. Try again when the other program has finished.`, { details });
  }
  if (code.startsWith('SQLITE_CANTOPEN')) {
    if (name && !writable(dirname(name))) {
      return new StudioError('READ_ONLY', `The database is read-only: ${name} is in a read-only folder, where SQLite cannot create the files it reads a WAL database with (${name}-wal, ${name}-shm). Nothing was changed. Make the folder writable, or copy the database to a writable folder and open the copy.`, { details });
    }
    return new StudioError('IO_ERROR', `${db} cannot be opened (${reason}). Check that the path is a file you may read and write.`, { details });
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return new StudioError('IO_ERROR', `${db} could not be read or written: the disk reported an error (${reason}, ${code}). Nothing was saved. Check the disk and that the file is still there, then try again.`, { details });
  }
  return error;
}

/** The codes `storageError` produces: failures of the file or the disk, never of one request's data. */
const STORAGE_CODES: ReadonlySet<string> = new Set(['CORRUPT', 'READ_ONLY', 'DISK_FULL', 'IO_ERROR', 'LOCKED']);

/** Whether an error is a failure of the database file rather than of the data written (retrying another row will not help). */
export function isStorageFailure(error: unknown): boolean {
  return error instanceof StudioError && STORAGE_CODES.has(error.code) && typeof error.details?.sqliteCode === 'string';
}

/** The SQLite result code of a better-sqlite3 error (`SQLITE_BUSY`, `SQLITE_IOERR_WRITE`, …). */
function sqliteCode(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined;
}

