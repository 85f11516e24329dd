/** `semantic-studio backup`: an online, verified copy of the database. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { backupDatabase } from '../transfer/backup';
import { storageError } from '../store/storage-errors';
import { UsageError } from './usage-error';

export const BACKUP_HELP = `Usage: semantic-studio backup [--db PATH] --out FILE [--force]

Copies the database with SQLite's online backup API while the app, a server or another command
keeps writing, then runs PRAGMA integrity_check on the copy. The copy only takes FILE's name
once it verifies.
  --db PATH     SQLite file to back up (default ./studio.db)
  --out FILE    where the copy goes (required)
  --force       replace FILE if it exists
Prints one JSON line {source, file, bytes, pages, ms, integrity}. Exit codes: 0 verified copy,
1 failed (missing database, copy failed its check), 2 usage.`;

/** Runs the command. */
export async function backupCommand(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string', default: 'studio.db' },
      out: { type: 'string' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(BACKUP_HELP);
    return;
  }
  if (!values.out) throw new UsageError('backup needs --out FILE');
  const source = resolve(values.db);
  const target = resolve(values.out);
  if (source === target) throw new UsageError('--out must differ from --db');
  if (existsSync(target) && !values.force) throw new UsageError(`${target} exists: pass --force to replace it`);
  const report = await backupDatabase(source, target).catch((error: unknown) => Promise.reject(storageError(error, source)));
  console.log(JSON.stringify(report));
  console.error(`Backed up ${source} to ${target} (${(report.bytes / 1e6).toFixed(1)} MB, integrity ok) in ${report.ms} ms`);
}
