import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportMode } from '../../shared/channels/transfer';
import { ImportTracker } from './import-tracker';
import { runImport, type ImportOptions } from './import-runner';
import type { ImportRow } from './import-row';
import { readNdjson } from './read-ndjson';
import { stringSource } from './text-source';
import { openTestStore, testVocabulary, type TestStore } from './testing-store';

const lookup = testVocabulary().lookup;
let t: TestStore;
beforeEach(() => {
  t = openTestStore();
});
afterEach(() => t.dispose());

const person = (i: number, extra: Record<string, unknown> = {}) => ({ $id: `p-${i}`, name: `Person ${i}`, email: `p${i}@example.com`, ...extra });
const ndjson = (rows: unknown[]) => rows.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n');

async function importText(text: string, mode: ImportMode, options: Partial<ImportOptions> = {}) {
  const rows = readNdjson(stringSource(text, 97).chunks());
  const tracker = await runImport(t.store, rows, new ImportTracker('test', 'ndjson', mode, 'Person'), { mode, type: 'Person', lookup, batchSize: 4, ...options });
  return tracker.status();
}

const BAD = ndjson([
  person(1),
  person(2, { email: 'not-an-email' }),
  '{"name": "broken',
  person(4),
  person(5, { birthDate: 'yesterday', worksFor: { $type: 'Organization', name: 'Acme', address: { $type: 'PostalAddress', postalCode: 98101 } } }),
  { $type: 'Organization', name: 'Not a person' },
  person(7),
]);

describe('rejected rows', () => {
  it('all-or-nothing: reports every rejected row with its field paths and imports nothing', async () => {
    const status = await importText(BAD, 'all-or-nothing');
    expect(status.state).toBe('failed');
    expect(status.committed).toBe(false);
    expect(status.error?.message).toMatch(/4 of 7 rows were rejected, so nothing was imported/);
    expect(status.rejected).toBe(4);
    expect(status.rejectedRows.map((r) => [r.row, r.line, r.id, r.issues.map((i) => i.path.join('.'))])).toEqual([
      [2, 2, 'p-2', ['email']],
      [3, 3, undefined, ['']],
      [5, 5, 'p-5', expect.arrayContaining(['birthDate', 'worksFor.address.postalCode'])],
      [6, 6, undefined, ['$type']],
    ]);
    expect(status.rejectedRows[1]!.issues[0]!.message).toMatch(/not valid JSON/);
    expect(status.rejectedRows[3]!.issues[0]!.message).toMatch(/expected Person .* found Organization/);
    expect(await t.store.count('Person')).toBe(0);
  });

  it('valid-rows: imports the valid rows and reports the others', async () => {
    const status = await importText(BAD, 'valid-rows');
    expect(status.state).toBe('done');
    expect(status.committed).toBe(true);
    expect([status.read, status.created, status.updated, status.rejected]).toEqual([7, 3, 0, 4]);
    expect(status.rejectedRows.map((r) => r.row)).toEqual([2, 3, 5, 6]);
    const ids = (await t.store.list('Person', { orderBy: { $id: 'asc' } })).map((p) => p.$id);
    expect(ids).toEqual(['p-1', 'p-4', 'p-7']);
  });
});

describe('upsert by $id', () => {
  it('updates entities whose $id exists (replacing their properties) and creates the others', async () => {
    await t.store.create('Person', person(1, { jobTitle: 'Engineer' }));
    await t.store.create('Person', person(2));
    const status = await importText(ndjson([person(1, { name: 'Renamed' }), person(3), person(2, { telephone: '+12065550100' })]), 'all-or-nothing');
    expect([status.state, status.created, status.updated]).toEqual(['done', 1, 2]);
    const p1 = await t.store.get('Person', 'p-1');
    expect(p1).toMatchObject({ name: 'Renamed', $version: 2 });
    expect(p1).not.toHaveProperty('jobTitle');
    expect(await t.store.get('Person', 'p-2')).toMatchObject({ telephone: '+12065550100' });
    expect(await t.store.count('Person')).toBe(3);
  });

  it('refuses an $id taken by another type', async () => {
    await t.store.create('Organization', { $id: 'p-1', name: 'Acme' });
    const status = await importText(ndjson([person(1)]), 'valid-rows');
    expect(status.rejectedRows).toEqual([{ row: 1, line: 1, id: 'p-1', issues: [{ path: ['$id'], message: expect.stringMatching(/taken/) }] }]);
  });
});

describe('cancel and failure', () => {
  async function* slowRows(count: number, onRow: (i: number) => void): AsyncGenerator<ImportRow> {
    for (let i = 1; i <= count; i++) {
      onRow(i);
      yield { row: i, data: person(i) };
    }
  }

  it('a cancelled all-or-nothing import leaves the store as it was', async () => {
    await t.store.create('Person', person(1, { name: 'Before' }));
    const controller = new AbortController();
    const rows = slowRows(50, (i) => i === 30 && controller.abort());
    const tracker = await runImport(t.store, rows, new ImportTracker('c', 'ndjson', 'all-or-nothing', 'Person'), {
      mode: 'all-or-nothing', type: 'Person', lookup, batchSize: 8, signal: controller.signal,
    });
    expect(tracker.status()).toMatchObject({ state: 'cancelled', committed: false, created: 0, updated: 0 });
    expect(await t.store.count('Person')).toBe(1);
    expect(await t.store.get('Person', 'p-1')).toMatchObject({ name: 'Before', $version: 1 });
  });

  it('a cancelled valid-rows import keeps the batches it committed and says so', async () => {
    const controller = new AbortController();
    const rows = slowRows(50, (i) => i === 30 && controller.abort());
    const tracker = await runImport(t.store, rows, new ImportTracker('c', 'ndjson', 'valid-rows', 'Person'), {
      mode: 'valid-rows', type: 'Person', lookup, batchSize: 8, signal: controller.signal,
    });
    expect(tracker.status()).toMatchObject({ state: 'cancelled', committed: true, created: 24 });
    expect(await t.store.count('Person')).toBe(24);
  });

  it('a reader that fails midway rolls an all-or-nothing import back', async () => {
    async function* failing(): AsyncGenerator<ImportRow> {
      yield* slowRows(10, () => {});
      throw new Error('disk went away');
    }
    const tracker = await runImport(t.store, failing(), new ImportTracker('f', 'ndjson', 'all-or-nothing', 'Person'), { mode: 'all-or-nothing', type: 'Person', lookup, batchSize: 3 });
    expect(tracker.status()).toMatchObject({ state: 'failed', committed: false, error: { code: 'INTERNAL' } });
    expect(await t.store.count('Person')).toBe(0);
  });
});

describe('progress', () => {
  it('reports counts, rate and time left while it runs, and a final status', async () => {
    const seen: Array<{ read: number; fraction: number | null; state: string }> = [];
    const text = ndjson(Array.from({ length: 40 }, (_, i) => person(i)));
    const source = stringSource(text, 200);
    const tracker = new ImportTracker('p', 'ndjson', 'valid-rows', 'Person', () => source.bytesRead / source.totalBytes!);
    await runImport(t.store, readNdjson(source.chunks()), tracker, {
      mode: 'valid-rows', type: 'Person', lookup, batchSize: 5, progressEveryMs: 0,
      onProgress: (tr) => seen.push({ read: tr.read, fraction: tr.status().fraction, state: tr.state }),
    });
    expect(seen.length).toBeGreaterThan(5);
    expect(seen.map((s) => s.read)).toEqual([...seen.map((s) => s.read)].sort((a, b) => a - b));
    expect(seen[0]!.fraction).toBeGreaterThan(0);
    expect(seen[seen.length - 1]).toEqual({ read: 40, fraction: 1, state: 'done' });
    expect(tracker.status()).toMatchObject({ secondsLeft: 0, created: 40 });
  });
});
