/**
 * The `semantic-studio` command line. Machine-readable output goes to stdout, messages
 * to stderr. Exit codes: 0 success, 1 failure, 2 usage error.
 */
import { StudioError } from '../../shared/errors';
import { APP_NAME, APP_VERSION } from '../app/app-meta';
import { serveCommand, SERVE_HELP } from './serve-command';
import { demoCommand, DEMO_HELP } from './demo-command';
import { importCommand, IMPORT_HELP } from './import-command';
import { exportCommand, EXPORT_HELP } from './export-command';
import { queryCommand, QUERY_HELP } from './query-command';
import { backupCommand, BACKUP_HELP } from './backup-command';
import { checkCommand, CHECK_HELP } from './check-command';
import { vocabCommand, VOCAB_HELP } from './vocab-command';
import { typesCommand, TYPES_HELP } from './types-command';
import { migrateCommand, MIGRATE_HELP } from './migrate-command';
import { keysCommand, KEYS_HELP } from './keys-command';
import { UsageError } from './usage-error';
import { storageError } from '../store/storage-errors';

const COMMANDS: Record<string, { run: (argv: string[]) => Promise<void>; help: string; summary: string }> = {
  serve: { run: serveCommand, help: SERVE_HELP, summary: 'serve the studio over HTTP on this machine' },
  demo: { run: demoCommand, help: DEMO_HELP, summary: 'create a database full of realistic demo data' },
  import: { run: importCommand, help: IMPORT_HELP, summary: 'import JSON, NDJSON, JSON-LD or CSV (streaming, with a report)' },
  export: { run: exportCommand, help: EXPORT_HELP, summary: 'export a query as JSON, NDJSON, JSON-LD or CSV' },
  query: { run: queryCommand, help: QUERY_HELP, summary: 'a where filter in, matching entities out as NDJSON' },
  backup: { run: backupCommand, help: BACKUP_HELP, summary: 'online, verified copy of the database' },
  check: { run: checkCommand, help: CHECK_HELP, summary: 'integrity check of the database, as JSON' },
  vocab: { run: vocabCommand, help: VOCAB_HELP, summary: 'search schema.org types, NAICS industries, O*NET occupations' },
  types: { run: typesCommand, help: TYPES_HELP, summary: 'custom types stored in the database: list, get, define, history, delete' },
  migrate: { run: migrateCommand, help: MIGRATE_HELP, summary: "a workspace's migrations: status, up, down" },
  keys: { run: keysCommand, help: KEYS_HELP, summary: 'create or rotate the encryption key of a workspace' },
};

const HELP = `${APP_NAME} ${APP_VERSION}

Usage: semantic-studio <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
  .join('\n')}

Run "semantic-studio <command> --help" for a command's options.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    console.log(HELP);
    return command ? 0 : 2;
  }
  if (command === '--version') {
    console.log(APP_VERSION);
    return 0;
  }
  const entry = Object.prototype.hasOwnProperty.call(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!entry) {
    console.error(`Unknown command "${command}".\n\n${HELP}`);
    return 2;
  }
  await entry.run(rest);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== 0) process.exitCode = code;
  },
  (caught: unknown) => {
    // A SQLite failure outside the store (backup, check) prints as one line like any typed error.
    const error = storageError(caught);
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`semantic-studio: ${(error as Error).message}`);
      process.exitCode = 2;
    } else if (error instanceof StudioError) {
      console.error(`semantic-studio: ${error.code}: ${error.message}`);
      process.exitCode = 1;
    } else {
      console.error('semantic-studio: unexpected failure:', error);
      process.exitCode = 1;
    }
  },
);
