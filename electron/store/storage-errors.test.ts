import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { StudioError } from '../../shared/errors';
import { isStorageFailure, storageError } from './storage-errors';

const sqlite = (code: string, message = 'SQLite says no') => new Database.SqliteError(message, code);

describe('storageError', () => {
  it.each([
    ['SQLITE_CORRUPT', 'CORRUPT'],
    ['SQLITE_CORRUPT_INDEX', 'CORRUPT'],
    ['SQLITE_NOTADB', 'CORRUPT'],
    ['SQLITE_READONLY', 'READ_ONLY'],
    ['SQLITE_READONLY_DBMOVED', 'READ_ONLY'],
    ['SQLITE_FULL', 'DISK_FULL'],
    ['SQLITE_BUSY', 'LOCKED'],
    ['SQLITE_BUSY_SNAPSHOT', 'LOCKED'],
    ['SQLITE_LOCKED', 'LOCKED'],
    ['SQLITE_IOERR_WRITE', 'IO_ERROR'],
    ['SQLITE_IOERR_FSYNC', 'IO_ERROR'],
  ])('%s becomes %s naming the file, with SQLite code in the details', (code, expected) => {
    const error = storageError(sqlite(code), '/data/studio.db');
    expect(error).toBeInstanceOf(StudioError);
    expect(error).toMatchObject({ code: expected, details: { file: '/data/studio.db', sqliteCode: code } });
    expect((error as Error).message).toContain('/data/studio.db');
    expect(isStorageFailure(error)).toBe(true);
  });

  it('CANTOPEN in a writable folder is an I/O error that says what to check', () => {
    const error = storageError(sqlite('SQLITE_CANTOPEN', 'unable to open database file'), `${process.cwd()}/studio.db`);
    expect(error).toMatchObject({ code: 'IO_ERROR' });
    expect((error as Error).message).toMatch(/cannot be opened \(SQLite: unable to open database file\)/);
  });

  it('leaves other errors alone: constraint failures, typed errors, plain errors', () => {
    const constraint = sqlite('SQLITE_CONSTRAINT_UNIQUE');
    expect(storageError(constraint, '/x.db')).toBe(constraint);
    const typed = new StudioError('VALIDATION', 'bad');
    expect(storageError(typed, '/x.db')).toBe(typed);
    expect(isStorageFailure(typed)).toBe(false);
    const plain = new Error('SQLITE_FULL in the message only');
    expect(storageError(plain)).toBe(plain);
  });

  it('without a file it still reads as a sentence', () => {
    expect((storageError(sqlite('SQLITE_BUSY')) as Error).message).toMatch(/^The database is locked by another program/);
  });
});
