/** `semantic-studio check`: SQLite's integrity check of a database, as JSON. */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkIntegrity } from '../transfer/backup';

export const CHECK_HELP = `Usage: semantic-studio check [--db PATH] [--quick]

Runs PRAGMA integrity_check (or quick_check) on the database, read-only, and prints one JSON
line {file, ok, problems, sqliteVersion, journalMode, pageSize, pageCount, freePages, bytes}.
  --db PATH     SQLite file (default ./studio.db)
  --quick       PRAGMA quick_check: faster, skips index/content cross-checks
Exit codes: 0 ok, 1 problems found (or no such database), 2 usage.`;

/** Runs the command. */
export async function checkCommand(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string', default: 'studio.db' },
      quick: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(CHECK_HELP);
    return;
  }
  const report = checkIntegrity(resolve(values.db), values.quick);
  console.log(JSON.stringify(report));
  if (!report.ok) {
    console.error(`Integrity problems in ${report.file}: ${report.problems.slice(0, 5).join('; ')}`);
    process.exitCode = 1;
  }
}
