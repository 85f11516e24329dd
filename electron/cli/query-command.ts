/** `semantic-studio query`: a `where` filter in, matching entities out as NDJSON. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openServices } from '../app/services';
import { exportText } from '../transfer/export-entities';
import { intOption, jsonObjectOption } from './cli-args';
import { UsageError } from './usage-error';
import { writeOutput } from './write-output';

export const QUERY_HELP = `Usage: semantic-studio query --type T [WHERE] [options]

Prints the entities of a type that match WHERE (a JSON filter; "-" reads it from stdin) as
NDJSON, one entity per line, on stdout.
  --db PATH         SQLite file (default ./studio.db)
  --type T          the type to query (required)
  --order-by JSON   sort order such as '{"name":"asc"}' (default: by $id)
  --limit N         at most N entities
  --count           print only the number of matches
Example: semantic-studio query --type Person '{"worksFor.name":"Acme Inc","age":{"$gte":30}}'
Exit codes: 0 done (also when nothing matches), 1 a bad query or a missing database, 2 usage.`;

/** Runs the command. */
export async function queryCommand(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string', default: 'studio.db' },
      type: { type: 'string' },
      'order-by': { type: 'string' },
      limit: { type: 'string' },
      count: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(QUERY_HELP);
    return;
  }
  if (!values.type) throw new UsageError('query needs --type');
  if (positionals.length > 1) throw new UsageError('query takes one WHERE argument');
  const whereText = positionals[0] === '-' ? readFileSync(0, 'utf8') : positionals[0];
  const where = jsonObjectOption('WHERE', whereText);
  const orderBy = jsonObjectOption('--order-by', values['order-by']) as Record<string, 'asc' | 'desc'> | undefined;
  const limit = intOption('limit', values.limit, 1, Number.MAX_SAFE_INTEGER);
  const dbFile = resolve(values.db);
  if (!existsSync(dbFile)) throw new UsageError(`${dbFile} does not exist`);

  const services = openServices({ dbFile, mode: 'server' });
  try {
    if (values.count) {
      console.log(String(await services.store.count(values.type, { where })));
      return;
    }
    await writeOutput(limited(exportText(services.store, { type: values.type, where, orderBy, format: 'ndjson' }, Math.min(limit ?? 1000, 1000)), limit), undefined);
  } finally {
    services.close();
  }
}

/** NDJSON chunks cut after `limit` lines. */
async function* limited(chunks: AsyncIterable<string>, limit: number | undefined): AsyncGenerator<string> {
  if (limit === undefined) return yield* chunks;
  let left = limit;
  for await (const chunk of chunks) {
    const lines = chunk.split('\n').filter(Boolean);
    const taken = lines.slice(0, left);
    left -= taken.length;
    if (taken.length) yield `${taken.join('\n')}\n`;
    if (left <= 0) return;
  }
}
