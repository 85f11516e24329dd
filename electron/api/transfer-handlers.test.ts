import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { transferChannels } from '../../shared/channels/transfer';
import type { EventPayload } from '../../shared/events';
import type { RequestContext } from './context';
import { transferHandlers } from './transfer-handlers';
import { openTestStore, testVocabulary, type TestStore } from '../transfer/testing-store';
import { UploadStore } from '../transfer/upload-store';

type Channel = keyof typeof transferChannels;
const ctx: RequestContext = { actor: 'tester', transport: 'test' };

let t: TestStore;
let progress: Array<EventPayload<'task.progress'>>;
let call: <K extends Channel>(channel: K, input: unknown) => Promise<unknown>;

beforeEach(() => {
  t = openTestStore();
  progress = [];
  const handlers = transferHandlers(t.store, {
    vocab: testVocabulary(),
    events: { emit: (_event, payload) => progress.push(payload as EventPayload<'task.progress'>) },
    uploads: new UploadStore({ maxOpen: 3 }, t.dir),
  });
  // As the dispatcher does: parse the input with the contract, run the handler, check the output.
  call = async (channel, input) => {
    const spec = transferChannels[channel];
    const handler = handlers[channel] as (input: unknown, ctx: RequestContext) => Promise<unknown>;
    return spec.output.parse(await handler(spec.input.parse(input), ctx));
  };
});
afterEach(() => t.dispose());

async function upload(text: string, piece = 7): Promise<string> {
  const { uploadId } = (await call('transfer.uploadBegin', { name: 'people.csv', size: text.length })) as { uploadId: string };
  for (let offset = 0; offset < text.length; offset += piece) {
    await call('transfer.uploadChunk', { uploadId, offset, text: text.slice(offset, offset + piece) });
  }
  return uploadId;
}

async function finished(importId: string) {
  for (;;) {
    const status = (await call('transfer.importStatus', { importId })) as { state: string };
    if (status.state !== 'running') return status;
    await new Promise((r) => setTimeout(r, 20));
  }
}

const CSV = 'Full Name,E-mail,Company,Zip\r\nAda Lovelace,ada@example.com,Analytical Engines,01234\r\nGrace Hopper,grace@navy.example,US Navy,20301\r\nBroken,not-an-email,,\r\n';

describe('transfer channels', () => {
  it('uploads in ordered pieces, accepts a retried piece and refuses a gap', async () => {
    const { uploadId } = (await call('transfer.uploadBegin', { name: 'x.ndjson' })) as { uploadId: string };
    expect(await call('transfer.uploadChunk', { uploadId, offset: 0, text: 'abc' })).toEqual({ received: 3 });
    expect(await call('transfer.uploadChunk', { uploadId, offset: 0, text: 'abc' })).toEqual({ received: 3 });
    await expect(call('transfer.uploadChunk', { uploadId, offset: 9, text: 'x' })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await call('transfer.uploadDiscard', { uploadId })).toEqual({ discarded: true });
    await expect(call('transfer.uploadChunk', { uploadId, offset: 3, text: 'd' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('previews a CSV upload with a mapping proposed from the vocabulary', async () => {
    const uploadId = await upload(CSV);
    const preview = (await call('transfer.csvPreview', { uploadId, type: 'Person' })) as {
      headers: string[];
      rows: string[][];
      mapping: Array<{ property: string | null; samples: string[] }>;
      targets: Array<{ path: string }>;
    };
    expect(preview.headers).toEqual(['Full Name', 'E-mail', 'Company', 'Zip']);
    expect(preview.rows).toHaveLength(3);
    expect(preview.mapping.map((m) => m.property)).toEqual(['name', 'email', 'worksFor.name', 'address.postalCode']);
    expect(preview.mapping[0]!.samples).toEqual(['Ada Lovelace', 'Grace Hopper', 'Broken']);
    expect(preview.targets.map((x) => x.path)).toContain('address.addressLocality');
    await expect(call('transfer.csvPreview', { uploadId, type: 'Nonsense' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('imports a CSV upload in the background, with progress events and a report of rejected rows', async () => {
    const uploadId = await upload(CSV);
    const { mapping } = (await call('transfer.csvPreview', { uploadId, type: 'Person' })) as { mapping: unknown[] };
    const started = (await call('transfer.importStart', { uploadId, format: 'csv', type: 'Person', mode: 'valid-rows', mapping })) as { id: string };
    const status = await finished(started.id);
    expect(status).toMatchObject({ state: 'done', created: 2, rejected: 1, rejectedRows: [{ row: 3, issues: [{ path: ['email'] }] }] });
    const ada = (await t.store.list('Person', { where: { name: 'Ada Lovelace' } }))[0];
    expect(ada).toMatchObject({ email: 'ada@example.com', worksFor: { $type: 'Organization', name: 'Analytical Engines' }, address: { $type: 'PostalAddress', postalCode: '01234' } });
    expect(progress.at(-1)).toMatchObject({ task: `import:${started.id}`, done: 3, total: 3 });
    await expect(call('transfer.csvPreview', { uploadId, type: 'Person' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('cancels an all-or-nothing import and leaves the store as it was', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ $id: `p-${i}`, name: `P ${i}` })).join('\n');
    const uploadId = await upload(lines, 64 * 1024);
    const started = (await call('transfer.importStart', { uploadId, format: 'ndjson', type: 'Person' })) as { id: string };
    await expect(call('transfer.importStart', { uploadId, format: 'ndjson', type: 'Person' })).rejects.toMatchObject({ code: 'LOCKED' });
    const cancelled = await call('transfer.importCancel', { importId: started.id });
    expect(cancelled).toMatchObject({ state: 'cancelled', committed: false, created: 0 });
    expect(await t.store.count('Person')).toBe(0);
  });

  it('exports a query one chunk at a time', async () => {
    await t.store.createMany('Person', Array.from({ length: 5 }, (_, i) => ({ $id: `p-${i}`, name: `P ${i}`, email: `p${i}@example.com` })));
    const first = (await call('transfer.export', { type: 'Person', format: 'csv', where: { name: { $ne: 'P 0' } }, limit: 3 })) as { text: string; next: string; columns: string[] };
    expect(first.columns).toEqual(['$id', 'name', 'email']);
    const second = (await call('transfer.export', { type: 'Person', format: 'csv', where: { name: { $ne: 'P 0' } }, limit: 3, cursor: first.next, columns: first.columns })) as { text: string; next: string | null };
    expect(second.next).toBeNull();
    expect((first.text + second.text).trim().split('\r\n')).toEqual(['$id,name,email', 'p-1,P 1,p1@example.com', 'p-2,P 2,p2@example.com', 'p-3,P 3,p3@example.com', 'p-4,P 4,p4@example.com']);
  });

  it('refuses an export cursor or a mapping the contract does not allow', () => {
    expect(transferChannels['transfer.export'].input.safeParse({ type: 'Person', format: 'xml' }).success).toBe(false);
    expect(transferChannels['transfer.importStart'].input.safeParse({ uploadId: 'abcdefgh', format: 'csv', mapping: [{ index: 0, header: 'a', property: 'a; DROP', kind: 'text' }] }).success).toBe(false);
    expect(transferChannels['transfer.uploadChunk'].input.safeParse({ uploadId: 'abcdefgh', offset: 0, text: 'x'.repeat(512 * 1024 + 1) }).success).toBe(false);
  });
});
