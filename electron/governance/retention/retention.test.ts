import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkspaceConfigSchema } from '../../workspace/config-schema';
import { openGovernedStore, type GovernedStore } from '../open-governed-store';
import { auditEntries } from '../audit/audit-log';
import { previewRetention, sweepRetention } from './retention';

const DAY = 86_400_000;
const config = WorkspaceConfigSchema.parse({
  collections: {
    Message: { retention: { duration: '30 days', action: 'delete', field: 'dateSent' } },
    Note: { retention: { duration: '30 days', action: 'archive', field: 'dateCreated' } },
    Draft: { retention: { duration: '7 days', action: 'soft-delete', field: 'dateModified' } },
    Session: { indexes: [{ fields: ['expires'], expireAfterSeconds: 60 }] },
  },
});

let dir: string;
let g: GovernedStore;
const iso = (msAgo: number) => new Date(Date.now() - msAgo).toISOString();

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'retention-'));
  g = await openGovernedStore({ file: join(dir, 'studio.db'), ttlSweepMs: 0, governance: { config, retentionSweepMs: 0 } });
  const s = g.store;
  await s.create('Message', { $id: 'm-old', text: 'old', dateSent: iso(40 * DAY) });
  await s.create('Message', { $id: 'm-new', text: 'new', dateSent: iso(DAY) });
  await s.create('Note', { $id: 'n-old', name: 'old note', dateCreated: iso(31 * DAY) });
  await s.create('Draft', { $id: 'd-old', name: 'old draft', dateModified: iso(8 * DAY) });
  await s.create('Session', { $id: 's-old', expires: iso(120_000) });
  await s.create('Session', { $id: 's-new', expires: iso(0) });
});
afterEach(() => {
  g.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('retention', () => {
  it('previews what would go without removing anything', async () => {
    const preview = await previewRetention(g.governance.raw(), g.governance.policy());
    expect(preview.map((p) => [p.type, p.action, p.count, p.sample.map((s) => s.id)])).toEqual([
      ['Message', 'delete', 1, ['m-old']],
      ['Note', 'archive', 1, ['n-old']],
      ['Draft', 'soft-delete', 1, ['d-old']],
      ['Session', 'expire', 1, ['s-old']],
    ]);
    expect(await g.store.count('Message')).toBe(2);
  });

  it('removes, archives or soft-deletes what is due, each removal audited', async () => {
    const result = await sweepRetention(g.governance.raw(), g.governance.policy());
    expect(result.map((r) => [r.type, r.removed])).toEqual([
      ['Message', 1],
      ['Note', 1],
      ['Draft', 1],
    ]);
    expect(await g.store.get('Message', 'm-old')).toBeNull();
    expect(await g.store.get('Message', 'm-new')).not.toBeNull();
    expect(await g.store.get('Draft', 'd-old', { deleted: 'include' })).toMatchObject({ deleted: true });
    const archived = await g.store.connection((db) => db.prepare('SELECT entity_id, rule FROM archived_entities').all());
    expect(archived).toEqual([{ entity_id: 'n-old', rule: 'retention 30 days (archive)' }]);
    const entries = await g.store.connection((db) => ['m-old', 'n-old', 'd-old'].map((id) => auditEntries(db, id)[0]));
    expect(entries.map((e) => [e?.action, e?.actor, e?.reason])).toEqual([
      ['expire', 'system:retention', 'retention 30 days (delete)'],
      ['archive', 'system:retention', 'retention 30 days (archive)'],
      ['expire', 'system:retention', 'retention 7 days (soft-delete)'],
    ]);
    await g.governance.raw().purgeExpired();
    expect(await g.store.get('Session', 's-old')).toBeNull();
    expect((await g.store.connection((db) => auditEntries(db, 's-old')))[0]).toMatchObject({ action: 'expire', actor: 'system:ttl' });
  });
});

describe('retention of a tenant-scoped collection', () => {
  const scoped = WorkspaceConfigSchema.parse({
    collections: { Ticket: { tenantField: 'tenant', retention: { duration: '30 days', action: 'delete', field: 'dateCreated' } } },
  });

  it('opens, previews per tenant and sweeps every tenant, each removal recorded for its tenant', async () => {
    const tdir = mkdtempSync(join(tmpdir(), 'retention-tenants-'));
    const t = await openGovernedStore({ file: join(tdir, 'studio.db'), ttlSweepMs: 0, governance: { config: scoped, retentionSweepMs: 0 } });
    try {
      for (const tenant of ['acme', 'globex']) {
        await t.store.create('Ticket', { $id: `${tenant}-old`, dateCreated: iso(40 * DAY) }, { context: { tenant } });
        await t.store.create('Ticket', { $id: `${tenant}-new`, dateCreated: iso(DAY) }, { context: { tenant } });
      }
      const mine = await previewRetention(t.governance.raw(), t.governance.policy(), { tenant: 'acme' });
      expect(mine.map((p) => [p.count, p.sample.map((s) => s.id)])).toEqual([[1, ['acme-old']]]);
      const all = await previewRetention(t.governance.raw(), t.governance.policy());
      expect(all.map((p) => [p.count, p.sample.length])).toEqual([[2, 0]]);
      expect(await sweepRetention(t.governance.raw(), t.governance.policy())).toEqual([{ type: 'Ticket', rule: 'retention 30 days (delete)', removed: 2 }]);
      for (const tenant of ['acme', 'globex']) {
        expect((await t.store.list('Ticket', { context: { tenant } })).map((e) => e.$id)).toEqual([`${tenant}-new`]);
      }
      const trail = await t.governance.raw().connection((db) => auditEntries(db, 'acme-old', { type: 'Ticket', tenant: 'acme' }));
      expect(trail[0]).toMatchObject({ actor: 'system:retention', context: { tenant: 'acme' } });
    } finally {
      t.close();
      rmSync(tdir, { recursive: true, force: true });
    }
  });
});
