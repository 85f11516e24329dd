/**
 * Reads CSV with papaparse's streaming parser: text goes in as it is read, rows come out one
 * at a time (the parser holds at most a chunk), so a file of any size streams. The first row
 * is the header; the mapping turns each following row into entity data.
 */
import { once } from 'node:events';
import type { Duplex } from 'node:stream';
import Papa from 'papaparse';
import type { ColumnMapping } from '../../shared/channels/transfer';
import type { DescriptorLookup } from '../../shared/vocab/descriptor';
import { compileMapping } from './csv-mapping';
import type { ImportRow } from './import-row';

/** The rows of a CSV text as arrays of cells, the header included. */
export async function* csvRows(chunks: AsyncIterable<string>): AsyncGenerator<string[]> {
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { skipEmptyLines: 'greedy' }) as unknown as Duplex & AsyncIterable<string[]>;
  // Stops the feeding loop when the reader leaves early (a preview reads only the first rows).
  const stop = new AbortController();
  const feed = (async () => {
    try {
      for await (const chunk of chunks) {
        if (stop.signal.aborted) return;
        if (!parser.write(chunk)) await once(parser, 'drain', { signal: stop.signal });
      }
      parser.end();
    } catch (error) {
      if (!stop.signal.aborted) parser.destroy(error as Error);
    }
  })();
  try {
    for await (const row of parser) {
      const last = row.length - 1;
      // papaparse guesses the line ending from the first chunk; a file mixing \r\n and \n leaves a \r behind.
      if (last >= 0 && row[last]!.endsWith('\r')) row[last] = row[last]!.slice(0, -1);
      yield row;
    }
  } finally {
    stop.abort();
    parser.destroy();
    await feed;
  }
}

/** The header and the first `limit` rows of a CSV text (for the mapping screen). */
export async function csvHead(chunks: AsyncIterable<string>, limit: number): Promise<{ headers: string[]; rows: string[][] }> {
  let headers: string[] | undefined;
  const rows: string[][] = [];
  for await (const row of csvRows(chunks)) {
    if (!headers) headers = row;
    else rows.push(row);
    if (rows.length >= limit) break;
  }
  return { headers: headers ?? [], rows };
}

/** The records of a CSV text mapped to entity data; the header row is not counted as a record. */
export async function* readCsv(
  chunks: AsyncIterable<string>,
  mapping: readonly ColumnMapping[] | ((headers: string[]) => readonly ColumnMapping[]),
  type: string,
  lookup?: DescriptorLookup,
): AsyncGenerator<ImportRow> {
  let convert: ((cells: readonly string[]) => Record<string, unknown>) | undefined;
  let row = 0;
  for await (const cells of csvRows(chunks)) {
    if (!convert) {
      convert = compileMapping(typeof mapping === 'function' ? mapping(cells) : mapping, type, lookup);
      continue;
    }
    row += 1;
    yield { row, data: convert(cells) };
  }
}
