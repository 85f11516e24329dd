/** `semantic-studio types`: the custom types stored in a database (list, get, define, history, delete), through the same channels as the app. */
import { existsSync, readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { StudioError } from '../../shared/errors';
import { openServices } from '../app/services';
import { loadServerKey } from '../governance/crypto/key-source';
import { resolveWorkspace, serviceOptionsFor } from '../workspace/open-workspace-store';
import { intOption, jsonObjectOption } from './cli-args';
import { UsageError } from './usage-error';

export const TYPES_HELP = `Usage: semantic-studio types list|get NAME|define FILE.json|history NAME|delete NAME [options]

The custom types stored in the database, versioned, every change kept in history.
  list              every custom type (stored, shipped example, workspace), one JSON line each
  get NAME          a custom type's definition and version, as JSON
  define FILE.json  stores a definition ("-" reads stdin): version 1, or the next version
  history NAME      a type's versions, newest first, one JSON line each (actor, time, diff)
  delete NAME       deletes a stored type (refused while entities of it exist)
  --workspace DIR   a workspace folder (its configuration's types win over stored ones)
  --db PATH         SQLite file (default ./studio.db)
  --expected-version N   refuse (CONFLICT) unless the stored version is N (0: not stored yet)
  --force           define even when stored entities use a property the change removes or narrows
  --limit N         history: at most N versions (default 100)
Example: semantic-studio types define subscription.json --expected-version 1
Exit codes: 0 done, 1 refused (VALIDATION, CONFLICT, NOT_FOUND: the message says why), 2 usage.`;

const ACTIONS = ['list', 'get', 'define', 'history', 'delete'] as const;

/** Runs the command. */
export async function typesCommand(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      workspace: { type: 'string' },
      db: { type: 'string', default: 'studio.db' },
      'key-file': { type: 'string' },
      'expected-version': { type: 'string' },
      force: { type: 'boolean', default: false },
      limit: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(TYPES_HELP);
    return;
  }
  const [action, argument, ...extra] = positionals;
  if (!action || !(ACTIONS as readonly string[]).includes(action)) throw new UsageError(`types takes one of ${ACTIONS.join(', ')}\n\n${TYPES_HELP}`);
  if (action === 'list' ? argument !== undefined : argument === undefined || extra.length > 0) {
    throw new UsageError(action === 'list' ? 'types list takes no argument' : `types ${action} needs one ${action === 'define' ? 'FILE.json' : 'NAME'}`);
  }
  const expectedVersion = intOption('expected-version', values['expected-version'], 0, Number.MAX_SAFE_INTEGER);
  const limit = intOption('limit', values.limit, 1, 500);
  const definition = action === 'define' ? readDefinition(argument!) : undefined;

  const workspace = await resolveWorkspace({ workspace: values.workspace, db: values.db });
  if (action !== 'define' && !existsSync(resolve(workspace.dbFile))) throw new UsageError(`${resolve(workspace.dbFile)} does not exist`);
  if (workspace.configError) console.error(`${workspace.configError.message}\nThe data is open read-only until the configuration is fixed.`);
  const key = loadServerKey({ keyFile: values['key-file'] ?? workspace.keyFile });
  const services = openServices({ mode: 'server', ...serviceOptionsFor(workspace, key) });
  const ctx = { actor: userInfo().username, transport: 'cli' as const };
  const call = async (channel: string, input: unknown): Promise<unknown> => {
    const result = await services.dispatch(channel, input, ctx);
    if (!result.ok) throw StudioError.fromData(result.error);
    return result.value;
  };
  try {
    if (action === 'list') {
      for (const type of (await call('types.list', {})) as unknown[]) console.log(JSON.stringify(type));
    } else if (action === 'get') {
      console.log(JSON.stringify(await call('types.get', { name: argument })));
    } else if (action === 'history') {
      const { versions } = (await call('types.history', { name: argument, limit })) as { versions: unknown[] };
      for (const version of versions) console.log(JSON.stringify(version));
    } else if (action === 'define') {
      const saved = (await call('types.define', { definition, expectedVersion, force: values.force })) as { name: string; version: number; changed: boolean };
      console.log(JSON.stringify(saved));
      console.error(saved.changed ? `Stored ${saved.name} version ${saved.version}` : `${saved.name} is unchanged (version ${saved.version})`);
    } else {
      const deleted = (await call('types.delete', { name: argument, expectedVersion })) as { name: string; version: number };
      console.log(JSON.stringify(deleted));
      console.error(`Deleted ${deleted.name} (history kept, deletion recorded as version ${deleted.version})`);
    }
  } finally {
    services.close();
  }
}

/** The definition in a JSON file ("-": stdin). */
function readDefinition(file: string): Record<string, unknown> {
  let text: string;
  try {
    text = file === '-' ? readFileSync(0, 'utf8') : readFileSync(resolve(file), 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
  return jsonObjectOption(file === '-' ? 'the definition on stdin' : file, text)!;
}
