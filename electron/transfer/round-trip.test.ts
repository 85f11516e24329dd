import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TransferFormat } from '../../shared/channels/transfer';
import { generateDemo } from '../demo/generate-demo';
import { seedDemo } from '../demo/seed-demo';
import { exportChunk, exportText } from './export-entities';
import { ImportTracker } from './import-tracker';
import { runImport } from './import-runner';
import { proposeMapping } from './propose-mapping';
import { mappingTargets, targetForPath } from './property-paths';
import { readRows } from './read-rows';
import { stringSource } from './text-source';
import { openTestStore, testVocabulary, withoutBookkeeping, type TestStore } from './testing-store';

const NOW = new Date('2026-01-01T00:00:00Z');
const TYPES = generateDemo({ people: 40, now: NOW }).map((b) => b.type);
const FORMATS: TransferFormat[] = ['json', 'ndjson', 'jsonld', 'csv'];
const lookup = testVocabulary().lookup;

let source: TestStore;

beforeAll(async () => {
  source = openTestStore();
  await seedDemo(source.store, { people: 40, now: NOW });
});
afterAll(() => source.dispose());

async function exported(type: string, format: TransferFormat): Promise<string> {
  let text = '';
  for await (const chunk of exportText(source.store, { type, format, lookup }, 17)) text += chunk;
  return text;
}

async function all(target: TestStore, type: string) {
  return (await target.store.list(type, { orderBy: { $id: 'asc' }, limit: 10_000 })).map(withoutBookkeeping);
}

describe.each(FORMATS)('%s export then import', (format) => {
  it.each(TYPES)('gives back the same %s entities', async (type) => {
    const text = await exported(type, format);
    const target = openTestStore();
    try {
      const mapping = (headers: string[]) => proposeMapping(headers, [], mappingTargets(lookup, type), (path) => targetForPath(lookup, type, path));
      const rows = readRows(format, stringSource(text, 4096).chunks(), { type, lookup, mapping });
      const tracker = await runImport(target.store, rows, new ImportTracker('t', format, 'all-or-nothing', type), { mode: 'all-or-nothing', type, lookup, batchSize: 25 });
      expect(tracker.status().rejectedRows).toEqual([]);
      expect(tracker.state).toBe('done');
      const before = await all(source, type);
      expect(before.length).toBeGreaterThan(0);
      expect(await all(target, type)).toEqual(before);
    } finally {
      target.dispose();
    }
  });
});

describe('chunked export (the transfer.export channel)', () => {
  it.each(FORMATS)('concatenates to the same %s document as the streamed export', async (format) => {
    let text = '';
    let cursor: string | null = null;
    let columns: string[] | undefined;
    do {
      const chunk = await exportChunk(source.store, { type: 'Person', format, columns, lookup }, cursor, 13);
      text += chunk.text;
      cursor = chunk.next;
      columns = chunk.columns ?? undefined;
    } while (cursor);
    const whole = await exported('Person', format);
    if (format === 'csv') expect(text.split('\r\n').length).toBe(whole.split('\r\n').length);
    else expect(text).toBe(whole);
  });
});
