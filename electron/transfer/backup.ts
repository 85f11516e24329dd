/**
 * Online backup and integrity checks of a store file, on a connection of their own so they
 * run beside a live app or server. The backup uses SQLite's backup API (better-sqlite3's
 * `db.backup`) in one step: in WAL mode the copy is a consistent snapshot while writers go on
 * (copying in small steps would restart every time another connection writes).
 */
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { StudioError } from '../../shared/errors';

/** What `PRAGMA integrity_check` (or `quick_check`) found, with facts about the file. */
export interface IntegrityReport {
  file: string;
  ok: boolean;
  /** `['ok']`, or SQLite's description of each problem (at most 100). */
  problems: string[];
  sqliteVersion: string;
  journalMode: string;
  pageSize: number;
  pageCount: number;
  freePages: number;
  bytes: number;
}

/** The outcome of a backup: the verified copy. */
export interface BackupReport {
  source: string;
  file: string;
  bytes: number;
  pages: number;
  ms: number;
  integrity: IntegrityReport;
}

function openExisting(file: string, readonly: boolean): Database.Database {
  if (!existsSync(file)) throw new StudioError('NOT_FOUND', `The database ${file} does not exist`, { details: { file } });
  const db = new Database(file, { readonly, fileMustExist: true });
  db.pragma('busy_timeout = 10000');
  return db;
}

/** Runs SQLite's integrity check on a file; a file SQLite cannot read at all is reported as a problem, not thrown. */
export function checkIntegrity(file: string, quick = false): IntegrityReport {
  const db = openExisting(file, true);
  try {
    const rows = db.pragma(`${quick ? 'quick_check' : 'integrity_check'}(100)`, { simple: false }) as Array<Record<string, string>>;
    const problems = rows.map((r) => String(Object.values(r)[0]));
    return {
      file,
      ok: problems.length === 1 && problems[0] === 'ok',
      problems,
      sqliteVersion: String(db.prepare('SELECT sqlite_version() AS v').pluck().get()),
      journalMode: String(db.pragma('journal_mode', { simple: true })),
      pageSize: Number(db.pragma('page_size', { simple: true })),
      pageCount: Number(db.pragma('page_count', { simple: true })),
      freePages: Number(db.pragma('freelist_count', { simple: true })),
      bytes: statSync(file).size,
    };
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (!/^SQLITE_(NOTADB|CORRUPT)/.test(code)) throw error;
    const memory = new Database(':memory:');
    const sqliteVersion = String(memory.prepare('SELECT sqlite_version()').pluck().get());
    memory.close();
    return { file, ok: false, problems: [`${code}: ${(error as Error).message}`], sqliteVersion, journalMode: 'unknown', pageSize: 0, pageCount: 0, freePages: 0, bytes: statSync(file).size };
  } finally {
    db.close();
  }
}

/**
 * Copies `source` to `target` while the store stays in use, then checks the copy. The copy is
 * written beside the target and renamed into place only once it verifies, so a failed backup
 * never leaves a half-written file under the target's name.
 */
export async function backupDatabase(source: string, target: string): Promise<BackupReport> {
  const started = Date.now();
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  const db = openExisting(source, false);
  let pages = 0;
  try {
    await db.backup(partial, {
      progress: ({ totalPages }) => {
        pages = totalPages;
        return Number.MAX_SAFE_INTEGER;
      },
    });
  } finally {
    db.close();
  }
  // The copy is a rollback-journal database until opened; make it self-contained before checking.
  const copy = new Database(partial);
  copy.pragma('journal_mode = DELETE');
  copy.close();
  const integrity = checkIntegrity(partial);
  if (!integrity.ok) {
    rmSync(partial, { force: true });
    throw new StudioError('INTERNAL', `The backup copy failed its integrity check: ${integrity.problems.slice(0, 3).join('; ')}`, { details: { problems: integrity.problems } });
  }
  renameSync(partial, target);
  return { source, file: target, bytes: statSync(target).size, pages, ms: Date.now() - started, integrity: { ...integrity, file: target } };
}
