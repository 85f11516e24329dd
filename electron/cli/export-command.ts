/** `semantic-studio export`: writes a query's entities as JSON, NDJSON, JSON-LD or CSV. */
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { TransferFormatSchema } from '../../shared/channels/transfer';
import { openServices } from '../app/services';
import { exportText } from '../transfer/export-entities';
import { formatOfFileName } from '../../shared/channels/transfer';
import { choiceOption, jsonObjectOption } from './cli-args';
import { UsageError } from './usage-error';
import { writeOutput } from './write-output';

export const EXPORT_HELP = `Usage: semantic-studio export --type T [options]

Exports the entities of a type that match a query.
  --db PATH         SQLite file (default ./studio.db)
  --type T          the type to export (required)
  --where JSON      a filter such as '{"jobTitle":"Engineer","age":{"$gte":30}}'
  --order-by JSON   sort order such as '{"name":"asc"}' (default: by $id)
  --format F        json | ndjson | jsonld | csv (default: from --out, else ndjson)
  --columns LIST    CSV: comma-separated property paths (default: from the first entities)
  --out FILE        write to FILE instead of stdout
The data goes to stdout (or FILE); a summary line goes to stderr. Exit codes: 0 done,
1 failed (a bad query, a missing database), 2 usage.`;

/** Runs the command. */
export async function exportCommand(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string', default: 'studio.db' },
      type: { type: 'string' },
      where: { type: 'string' },
      'order-by': { type: 'string' },
      format: { type: 'string' },
      columns: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(EXPORT_HELP);
    return;
  }
  if (!values.type) throw new UsageError('export needs --type');
  const format = choiceOption('format', values.format, TransferFormatSchema.options) ?? (values.out ? formatOfFileName(values.out) : undefined) ?? 'ndjson';
  const where = jsonObjectOption('--where', values.where);
  const orderBy = jsonObjectOption('--order-by', values['order-by']) as Record<string, 'asc' | 'desc'> | undefined;
  const columns = values.columns?.split(',').map((c) => c.trim()).filter(Boolean);
  const dbFile = resolve(values.db);
  if (!existsSync(dbFile)) throw new UsageError(`${dbFile} does not exist`);

  const services = openServices({ dbFile, mode: 'server' });
  try {
    let exported = 0;
    const chunks = exportText(
      services.store,
      { type: values.type, where, orderBy, format, columns, lookup: services.vocab.lookup, context: { actor: userInfo().username } },
      1000,
      (n) => (exported = n),
    );
    await writeOutput(chunks, values.out);
    console.error(`Exported ${exported} ${values.type} entities${values.out ? ` to ${values.out}` : ''} as ${format}`);
  } finally {
    services.close();
  }
}
