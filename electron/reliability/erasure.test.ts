/**
 * S12, erasure: a Person erased through the real dispatcher is gone from every answer (get,
 * list, trash, count, search, query, aggregate, export, audit history), the audit chain still
 * verifies with the erasure on it, and after closing, none of the person's values or index
 * tokens occur anywhere in the raw bytes of the database file or its -wal file. A second person
 * left alone must still be found by the same byte search, so the search itself is proven to see
 * what is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openServices, type Services } from '../app/services';
import { WorkspaceConfigSchema } from '../workspace/config-schema';

const ctx = { actor: 'dpo@example.org', transport: 'test' as const };
const ERASED = { email: 'erase.me.7f3a@example.com', newEmail: 'erase.me.7f3a+new@example.com', name: 'Zelda Quixotica', newName: 'Zelda Quixotica-Brandt', telephone: '+4799887766' };
/** Whole values and the FTS tokens they break into (lower case, as the index stores them). */
const ERASED_STRINGS = [ERASED.email, ERASED.newEmail, ERASED.name, ERASED.newName, '7f3a', 'quixotica', 'brandt', '4799887766'];
const KEPT_STRINGS = ['keep.me.9b2c@example.com', '9b2c', 'hortensia'];

let dir: string;
let dbFile: string;
let services: Services;

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await services.dispatch(channel, input, ctx);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/** Which strings occur in the file's bytes, compared without regard to case. */
function inBytes(file: string, strings: string[]): string[] {
  if (!existsSync(file)) return [];
  const bytes = readFileSync(file).toString('latin1').toLowerCase();
  return strings.filter((s) => bytes.includes(s.toLowerCase()));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'studio-erasure-'));
  dbFile = join(dir, 'studio.db');
  services = openServices({ dbFile, mode: 'server', governance: { retentionSweepMs: 0 } });
  await call('settings.saveCollection', { type: 'Person', settings: { softDelete: true } });
  await call('entities.create', { type: 'Person', data: { $id: 'keep', name: 'Hortensia Kept', email: KEPT_STRINGS[0], jobTitle: 'Analyst' } });
  await call('entities.create', { type: 'Person', data: { $id: 'erase', name: ERASED.name, email: ERASED.email, telephone: ERASED.telephone, jobTitle: 'Analyst' } });
  // The trail now holds the old values as well as the new ones.
  await call('entities.patch', { type: 'Person', id: 'erase', changes: { email: ERASED.newEmail } });
  await call('entities.patch', { type: 'Person', id: 'erase', changes: { name: ERASED.newName } });
  await call('entities.patch', { type: 'Person', id: 'erase', changes: { jobTitle: 'Lead' } });
  expect((await call<unknown[]>('entities.search', { text: 'Quixotica' })).length).toBe(1);
  expect((await call<unknown[]>('entities.search', { text: 'Brandt' })).length).toBe(1);
  // A recorded query quoting the e-mail, then into the trash: erasure must reach both.
  await call('query.run', { type: 'Person', where: { email: ERASED.newEmail }, record: true });
  await call('entities.delete', { type: 'Person', id: 'erase' });
});

afterAll(() => {
  services?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('entities.erase', () => {
  it('refuses without a reason and for an entity the caller cannot see', async () => {
    const noReason = await services.dispatch('entities.erase', { type: 'Person', id: 'erase', reason: '' }, ctx);
    expect(noReason.ok).toBe(false);
    const missing = await services.dispatch('entities.erase', { type: 'Person', id: 'nobody', reason: 'subject request #12' }, ctx);
    expect(!missing.ok && missing.error.code).toBe('NOT_FOUND');
  });

  it('erases the person, redacts the trail and keeps the chain verifiable', async () => {
    const before = await call<{ entries: unknown[] }>('audit.history', { type: 'Person', id: 'erase' });
    const result = await call<{ erased: boolean; auditEntriesRedacted: number }>('entities.erase', { type: 'Person', id: 'erase', reason: 'subject request #12' });
    // create, three patches, the soft delete.
    expect(result).toEqual({ erased: true, auditEntriesRedacted: before.entries.length });
    expect(result.auditEntriesRedacted).toBe(5);

    const answers: Record<string, unknown> = {
      get: await call('entities.get', { type: 'Person', id: 'erase' }),
      list: await call('entities.list', { type: 'Person', deleted: 'include' }),
      trash: await call('entities.list', { type: 'Person', deleted: 'only' }),
      count: await call('entities.count', { type: 'Person' }),
      search: [...(await call<unknown[]>('entities.search', { text: 'Quixotica' })), ...(await call<unknown[]>('entities.search', { text: 'Brandt' }))],
      query: await call('query.run', { type: 'Person', where: { jobTitle: 'Lead' } }),
      aggregate: await call('query.aggregate', { type: 'Person', pipeline: [{ $group: { _id: '$jobTitle', n: { $count: {} } } }] }),
      export: await call('transfer.export', { type: 'Person', format: 'json' }),
      recent: await call('query.recent', {}),
    };
    expect(answers.get).toBeNull();
    expect(answers.count).toBe(1);
    expect(answers.search).toEqual([]);
    expect((answers.query as { count: number }).count).toBe(0);
    expect((answers.aggregate as { rows: unknown[] }).rows).toEqual([{ _id: 'Analyst', n: 1 }]);
    for (const [name, answer] of Object.entries(answers)) {
      const text = JSON.stringify(answer);
      expect({ name, leaks: ERASED_STRINGS.filter((s) => text.toLowerCase().includes(s.toLowerCase())), id: text.includes('"erase"') }).toEqual({ name, leaks: [], id: false });
    }

    const history = await call<{ entries: Array<{ action: string; actor: string; reason?: string; changes: Array<{ oldValue?: unknown; newValue?: unknown }> }> }>('audit.history', { type: 'Person', id: 'erase' });
    expect(history.entries.map((e) => e.action)).toEqual(['erase', 'delete', 'patch', 'patch', 'patch', 'create']);
    expect(history.entries[0]).toMatchObject({ actor: ctx.actor, reason: 'subject request #12' });
    const values = history.entries.flatMap((e) => e.changes.flatMap((c) => [c.oldValue, c.newValue])).filter((v) => v !== undefined);
    // Every value, personal fields included, reads as the marker: it carries nothing to mask.
    expect(values.length).toBeGreaterThan(0);
    expect(values.filter((v) => v !== '[erased]')).toEqual([]);
    const verify = await call<{ ok: boolean; rows: number }>('audit.verify', {});
    expect(verify.ok).toBe(true);
    console.log(`erasure: ${result.auditEntriesRedacted} audit entries redacted; ${Object.keys(answers).join(', ')} and audit.history clean; audit.verify ok over ${verify.rows} rows`);
  });

  it('leaves none of the erased values or tokens in the raw bytes of the database file', async () => {
    // While still open: the -wal file held the old page images until the erasure's checkpoint.
    const open = [dbFile, `${dbFile}-wal`].flatMap((f) => inBytes(f, ERASED_STRINGS).map((s) => `${f.slice(dir.length + 1)} (open): ${s}`));
    services.close();
    const files = [dbFile, `${dbFile}-wal`].filter((f) => existsSync(f));
    const leaks = [...open, ...files.flatMap((f) => inBytes(f, ERASED_STRINGS).map((s) => `${f.slice(dir.length + 1)}: ${s}`))];
    const kept = files.flatMap((f) => inBytes(f, KEPT_STRINGS));
    console.log(`erasure: grepped ${files.map((f) => `${f.slice(dir.length + 1)} (${readFileSync(f).length} bytes)`).join(', ')} for ${ERASED_STRINGS.length} erased strings (open and after close): ${leaks.length} hits; the kept person's ${KEPT_STRINGS.length} strings found: ${new Set(kept).size}`);
    expect(leaks).toEqual([]);
    // The same search finds the person who was not erased: it does see stored text.
    expect(new Set(kept)).toEqual(new Set(KEPT_STRINGS));
    services = undefined as unknown as Services;
  });
});

describe('entities.erase on a tenant-scoped type', () => {
  const config = WorkspaceConfigSchema.parse({
    extend: { Person: { properties: { tenant: { range: 'Tenant', multiplicity: 'single', description: 'The tenant.' } } } },
    collections: { Person: { tenantField: 'tenant' } },
  });
  let t: Services;
  const as = async (tenant: string | undefined, channel: string, input: unknown) => {
    return t.dispatch(channel, input, { ...ctx, ...(tenant ? { tenant } : {}) });
  };

  beforeAll(() => {
    t = openServices({ dbFile: join(dir, 'tenants.db'), mode: 'server', governance: { config, retentionSweepMs: 0 } });
  });
  afterAll(() => t?.close());

  it("erases only the caller's tenant's entity and leaves another tenant's history of a reused id alone", async () => {
    // acme used the id first and removed it; globex took it over.
    expect(await as('acme', 'entities.create', { type: 'Person', data: { $id: 't1', name: 'acme keeps 3c8d' } })).toMatchObject({ ok: true });
    expect((await as('acme', 'entities.delete', { type: 'Person', id: 't1', force: true })).ok).toBe(true);
    expect((await as('globex', 'entities.create', { type: 'Person', data: { $id: 't1', name: 'globex erases 6e2b' } })).ok).toBe(true);

    const foreign = await as('acme', 'entities.erase', { type: 'Person', id: 't1', reason: 'subject request' });
    expect(!foreign.ok && foreign.error.code).toBe('NOT_FOUND');
    const none = await as(undefined, 'entities.erase', { type: 'Person', id: 't1', reason: 'subject request' });
    expect(!none.ok && none.error.code).toBe('FORBIDDEN');

    const erased = await as('globex', 'entities.erase', { type: 'Person', id: 't1', reason: 'subject request' });
    expect(erased).toMatchObject({ ok: true, value: { erased: true, auditEntriesRedacted: 1 } });
    const acme = await as('acme', 'audit.history', { type: 'Person', id: 't1' });
    expect(JSON.stringify(acme)).toContain('acme keeps 3c8d');
    const globex = await as('globex', 'audit.history', { type: 'Person', id: 't1' });
    expect(JSON.stringify(globex)).not.toContain('6e2b');
    expect(await as(undefined, 'audit.verify', {})).toMatchObject({ ok: true, value: { ok: true } });
  });
});
