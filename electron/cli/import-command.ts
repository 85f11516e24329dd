/** `semantic-studio import`: reads a JSON, NDJSON, JSON-LD or CSV file into the store, streaming. */
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ColumnMappingSchema, ImportModeSchema, TransferFormatSchema, type ColumnMapping, type ImportStatus } from '../../shared/channels/transfer';
import { openServices } from '../app/services';
import { ImportTracker } from '../transfer/import-tracker';
import { runImport } from '../transfer/import-runner';
import { proposeMapping } from '../transfer/propose-mapping';
import { mappingTargets, targetForPath } from '../transfer/property-paths';
import { readRows } from '../transfer/read-rows';
import { formatOfFileName } from '../../shared/channels/transfer';
import { fileSource, streamSource } from '../transfer/text-source';
import { choiceOption, intOption } from './cli-args';
import { progressReporter } from './cli-progress';
import { UsageError } from './usage-error';

export const IMPORT_HELP = `Usage: semantic-studio import [options] FILE    (FILE "-" reads stdin)

Imports entities from JSON (an array), NDJSON, JSON-LD (compacted or expanded, @graph; only the
schema.org context is resolved, offline) or CSV. Rows with an existing $id update that entity.
  --db PATH          SQLite file (default ./studio.db)
  --type T           the type of the rows; rows may name their own with $type (required for CSV)
  --format F         json | ndjson | jsonld | csv (default: from the file name)
  --mode M           all-or-nothing (default): any rejected row, error or Ctrl-C imports nothing
                     valid-rows: import the valid rows; committed batches stay on Ctrl-C
  --mapping FILE     CSV: a JSON array of {index, header, property, kind}; default: proposed
                     from the header and the type's vocabulary (printed on stderr)
  --report FILE      write every rejected row as NDJSON {row, line, id, issues}
  --batch N          rows per write batch (default 1000)
  --quiet            no progress on stderr
Prints the outcome as one JSON line on stdout. Exit codes: 0 all rows imported, 3 imported
with rejected rows (valid-rows), 1 nothing imported (rejected rows or an error), 130 cancelled.`;

/** Exit code of an import that kept its valid rows but rejected some. */
export const EXIT_REJECTED_ROWS = 3;
/** Exit code of a cancelled import (128 + SIGINT). */
export const EXIT_CANCELLED = 130;

/** Runs the command. */
export async function importCommand(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string', default: 'studio.db' },
      type: { type: 'string' },
      format: { type: 'string' },
      mode: { type: 'string', default: 'all-or-nothing' },
      mapping: { type: 'string' },
      report: { type: 'string' },
      batch: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(IMPORT_HELP);
    return;
  }
  if (positionals.length !== 1) throw new UsageError('import takes one FILE (or - for stdin)');
  const file = positionals[0]!;
  const format = choiceOption('format', values.format, TransferFormatSchema.options) ?? (file === '-' ? undefined : formatOfFileName(file));
  if (!format) throw new UsageError('Cannot tell the format from the file name: pass --format json|ndjson|jsonld|csv');
  const mode = choiceOption('mode', values.mode, ImportModeSchema.options)!;
  const batchSize = intOption('batch', values.batch, 1, 100_000) ?? 1000;
  if (file !== '-' && !existsSync(file)) throw new UsageError(`${file} does not exist`);
  if (format === 'csv' && !values.type) throw new UsageError('A CSV import needs --type');
  const explicitMapping = values.mapping ? readMapping(values.mapping) : undefined;

  const services = openServices({ dbFile: resolve(values.db), mode: 'server' });
  const report = values.report ? createWriteStream(values.report) : undefined;
  const controller = new AbortController();
  const onSignal = (): void => {
    if (!values.quiet) process.stderr.write('\nCancelling…\n');
    controller.abort();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const { store, vocab } = services;
    const lookup = vocab.lookup;
    if (values.type && !vocab.hasType(values.type)) throw new UsageError(`Unknown type "${values.type}"`);
    const source = file === '-' ? streamSource(process.stdin) : fileSource(file);
    const mapping = explicitMapping ?? ((headers: string[]) => proposedMapping(headers, values.type!, lookup, values.quiet));
    const rows = readRows(format, source.chunks(), { type: values.type, mapping, lookup });
    const fraction = () => (source.totalBytes ? source.bytesRead / source.totalBytes : null);
    const tracker = new ImportTracker('cli', format, mode, values.type, fraction);
    if (report) tracker.onReject = (row) => report.write(`${JSON.stringify(row)}\n`);
    const progress = progressReporter(process.stderr, values.quiet);
    await runImport(store, rows, tracker, {
      mode,
      type: values.type,
      lookup,
      batchSize,
      signal: controller.signal,
      context: { actor: userInfo().username },
      onProgress: (t) => progress.update(t.status()),
    });
    progress.done();
    const status = tracker.status();
    console.log(JSON.stringify(status));
    if (!values.quiet) process.stderr.write(`${summary(status)}\n`);
    process.exitCode = exitCodeOf(status);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (report) await new Promise((done) => report.end(done));
    services.close();
  }
}

/** The exit code scripts can rely on for an import's outcome. */
export function exitCodeOf(status: ImportStatus): number {
  if (status.state === 'cancelled') return EXIT_CANCELLED;
  if (status.state === 'failed') return 1;
  return status.rejected > 0 ? EXIT_REJECTED_ROWS : 0;
}

function summary(status: ImportStatus): string {
  const counts = `${status.read} read, ${status.created} created, ${status.updated} updated, ${status.rejected} rejected`;
  if (status.state === 'done') return `Imported: ${counts} in ${(status.elapsedMs / 1000).toFixed(1)} s`;
  if (status.state === 'cancelled') return `Cancelled: ${status.committed ? 'the batches written so far were kept' : 'nothing was imported'} (${counts})`;
  return `Failed: ${status.error?.message ?? 'unknown error'}${status.committed ? ' (the batches written so far were kept)' : ''}`;
}

function readMapping(path: string): ColumnMapping[] {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`--mapping ${path}: ${(error as Error).message}`);
  }
  const parsed = z.array(ColumnMappingSchema).safeParse(value);
  if (!parsed.success) throw new UsageError(`--mapping ${path}: ${parsed.error.issues[0]?.message ?? 'not a column mapping'}`);
  return parsed.data;
}

function proposedMapping(headers: string[], type: string, lookup: Parameters<typeof mappingTargets>[0], quiet: boolean): ColumnMapping[] {
  const proposal = proposeMapping(headers, [], mappingTargets(lookup, type), (path) => targetForPath(lookup, type, path));
  if (!quiet) {
    for (const c of proposal) {
      const to = c.property ? `${c.property}${c.confidence === 'low' ? ' (a guess)' : ''}` : 'not imported';
      process.stderr.write(`column ${JSON.stringify(c.header)} → ${to}\n`);
    }
  }
  return proposal;
}
