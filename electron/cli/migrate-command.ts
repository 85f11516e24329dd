/** `semantic-studio migrate status|up|down`: a workspace's migrations from the command line. */
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { migrateDown, migrateUp, migrationStatus } from '../governance/migrations/runner';
import { withRequest } from '../governance/audit/request-scope';
import { openWorkspaceStore } from '../workspace/open-workspace-store';
import { Vocabulary } from '../vocab/vocabulary';
import { installExamples } from '../vocab/examples';
import { createStoreValidator } from '../vocab/store-validator';
import { UsageError } from './usage-error';

export const MIGRATE_HELP = `Usage: semantic-studio migrate status|up|down --workspace DIR [--to ID] [--steps N] [--key-file FILE]

Runs the numbered modules of DIR/migrations (001-name.ts exporting up(db) and down(db)).
  status        applied and pending migrations, as JSON
  up            apply pending migrations (up to --to ID), after an online backup in DIR/backups
  down          revert the last migration (--steps N, or every one after --to ID)
A failing migration rolls every migration of the run back: the database is left as it was.
Encrypted fields need the key: STUDIO_ENCRYPTION_KEY, or --key-file (default DIR/studio.key).
Prints one JSON object with the result.`;

/** Runs the command. */
export async function migrateCommand(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      workspace: { type: 'string' },
      to: { type: 'string' },
      steps: { type: 'string' },
      'key-file': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    console.log(MIGRATE_HELP);
    return;
  }
  const [action, ...extra] = positionals;
  if (!action || !['status', 'up', 'down'].includes(action) || extra.length > 0) throw new UsageError(`migrate takes one of status, up, down\n\n${MIGRATE_HELP}`);
  if (!values.workspace) throw new UsageError('migrate needs --workspace DIR (migrations live in a workspace folder)');
  const steps = values.steps === undefined ? undefined : Number(values.steps);
  if (steps !== undefined && (!Number.isInteger(steps) || steps < 1)) throw new UsageError('--steps must be a whole number of at least 1');

  const vocab = new Vocabulary();
  installExamples(vocab);
  const { workspace, governed } = await openWorkspaceStore({ workspace: values.workspace, keyFile: values['key-file'] }, { validate: createStoreValidator(vocab) });
  try {
    if (action === 'status') {
      console.log(JSON.stringify({ dir: workspace.migrationsDir, ...(await migrationStatus(governed.store, workspace.migrationsDir)) }));
      return;
    }
    if (workspace.readOnly) throw new UsageError(`${workspace.configFile} is broken: fix it before migrating`);
    const actor = userInfo().username;
    const place = { store: governed.store, dir: workspace.migrationsDir, backupDir: join(workspace.dir, 'backups'), actor };
    const result = await withRequest({ actor, transport: 'cli' }, () => (action === 'up' ? migrateUp(place, { to: values.to }) : migrateDown(place, { to: values.to, steps })));
    console.log(JSON.stringify(result));
  } finally {
    governed.close();
  }
}
