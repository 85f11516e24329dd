/** `semantic-studio serve`: the engine and the built renderer over HTTP on loopback. */
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openServices } from '../app/services';
import { warmUp } from '../app/warm-up';
import { startServer } from '../server/http-server';
import { generateToken, isLoopbackHost } from '../server/auth';
import { RENDERER_DIST } from './paths';
import { UsageError } from './usage-error';
import { seedDemo } from '../demo/seed-demo';
import { resolveWorkspace, serviceOptionsFor } from '../workspace/open-workspace-store';
import { loadServerKey } from '../governance/crypto/key-source';

export const SERVE_HELP = `Usage: semantic-studio serve [--workspace DIR | --db PATH] [--port N] [--host H] [--token T]

Serves Semantic Studio at http://127.0.0.1:PORT/ with a random access token.
  --workspace DIR  a workspace folder: studio.db, studio.config.ts|js|json, migrations/
  --db PATH     SQLite file to open or create (default ./studio.db)
  --key-file F  the field-encryption key file (or set the key in the environment)
  --port N      port to listen on; 0 picks a free one (default 4820)
  --host H      address to bind (default 127.0.0.1); any other than loopback needs --token
  --token T     access token (default: a new random token each start)
  --demo        when the database file does not exist yet, fill it with demo data
Prints one line "Semantic Studio at <url>?token=<token>" once listening.`;

/** Runs the server until SIGINT/SIGTERM. */
export async function serveCommand(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      workspace: { type: 'string' },
      db: { type: 'string', default: 'studio.db' },
      'key-file': { type: 'string' },
      port: { type: 'string', default: '4820' },
      host: { type: 'string', default: '127.0.0.1' },
      token: { type: 'string' },
      demo: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(SERVE_HELP);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be 0-65535, got "${values.port}"`);
  if (!isLoopbackHost(values.host) && !values.token) {
    throw new UsageError(`--host ${values.host} would expose the studio beyond this machine: set --token explicitly to allow it`);
  }
  if (values.token !== undefined && values.token.length < 16) throw new UsageError('--token must be at least 16 characters');
  const workspace = await resolveWorkspace({ workspace: values.workspace, db: values.db });
  if (workspace.configError) console.error(`${workspace.configError.message}\nThe data is open read-only until the configuration is fixed.`);
  const key = loadServerKey({ keyFile: values['key-file'] ?? workspace.keyFile });
  const dbFile = workspace.dbFile;
  const isNew = !existsSync(dbFile);
  // The database first: a damaged or locked file is the problem to report, whatever the build.
  const services = openServices({ mode: 'server', ...serviceOptionsFor(workspace, key) });
  if (!existsSync(resolve(RENDERER_DIST, 'index.html'))) {
    services.close();
    throw new UsageError(`The renderer is not built (${RENDERER_DIST} is missing): run "npm run build" first`);
  }
  if (values.demo && isNew) {
    console.error('New database: adding demo data…');
    await seedDemo(services.store);
  }
  const token = values.token ?? generateToken();
  const actor = userInfo().username;
  await warmUp(services.dispatch, { actor, transport: 'http' });
  const server = await startServer({
    dispatch: services.dispatch,
    events: services.events,
    staticDir: RENDERER_DIST,
    token,
    host: values.host,
    port,
    actor,
  });
  console.error(`Database: ${dbFile}`);
  console.log(`Semantic Studio at ${server.url}?token=${token}`);

  const stop = async (): Promise<void> => {
    await server.close();
    services.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}
