/** Reads NDJSON (one JSON object per line); blank lines are skipped, a bad line is a rejected row. */
import { isPlainObject, type ImportRow } from './import-row';
import { splitLines } from './split-lines';

/** The records of an NDJSON text, one per non-blank line. */
export async function* readNdjson(chunks: AsyncIterable<string>): AsyncGenerator<ImportRow> {
  let row = 0;
  for await (const { line, text } of splitLines(chunks)) {
    if (text.trim() === '') continue;
    row += 1;
    yield parseRecord(text, row, line);
  }
}

/** One JSON text as a record: an object, or a rejected row saying what it is instead. */
export function parseRecord(text: string, row: number, line?: number): ImportRow {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { row, line, issues: [{ path: [], message: `not valid JSON (${(error as Error).message})` }] };
  }
  if (!isPlainObject(value)) return { row, line, issues: [{ path: [], message: 'expected a JSON object' }] };
  return { row, line, data: value };
}
