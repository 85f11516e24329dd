/**
 * Reads a JSON array of entities (or one entity object) without holding the array in memory:
 * each element is cut out of the stream and parsed on its own.
 */
import { isPlainObject, type ImportRow } from './import-row';
import { splitJson } from './json-splitter';
import { parseRecord } from './read-ndjson';

/** The records of a JSON array; a top-level object is one record. */
export async function* readJson(chunks: AsyncIterable<string>): AsyncGenerator<ImportRow> {
  let single: Record<string, unknown> | undefined;
  for await (const piece of splitJson(chunks)) {
    if (piece.kind === 'element') {
      yield parseRecord(piece.text, piece.index + 1);
      continue;
    }
    single ??= {};
    const parsed = parseRecord(`{"v":${piece.text}}`, 1);
    if ('issues' in parsed) {
      yield { row: 1, issues: parsed.issues.map((i) => ({ ...i, path: [piece.key] })) };
      return;
    }
    single[piece.key] = parsed.data.v;
  }
  if (single && isPlainObject(single)) yield { row: 1, data: single };
}
