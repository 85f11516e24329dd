import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openGovernedStore, type GovernedStore } from '../open-governed-store';
import { AuditService } from './audit-service';
import { auditEntries, verifyAuditChain } from './audit-log';
import { withRequest } from './request-scope';

let dir: string;
let g: GovernedStore;
let audit: AuditService;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'audit-'));
  g = await openGovernedStore({ file: join(dir, 'studio.db'), ttlSweepMs: 0, governance: { retentionSweepMs: 0 } });
  audit = new AuditService(g.governance);
});
afterEach(() => {
  g.close();
  rmSync(dir, { recursive: true, force: true });
});

const entries = (id: string) => g.store.connection((db) => auditEntries(db, id));

describe('audit trail', () => {
  it('writes one entry per create, update, patch, delete and restore, with field-level changes', async () => {
    const { store } = g;
    await store.collection('Product', { defaultFilters: { softDelete: true } }).ready;
    const p = await store.create('Product', { $id: 'p1', name: 'Lamp', offers: { price: 10, tags: ['a', 'b'] } }, { context: { actor: 'ann' } });
    await store.update('Product', p.$id, { name: 'Desk lamp', offers: { price: 10, tags: ['a', 'b'] } }, { context: { actor: 'bo' } });
    await store.patch('Product', p.$id, { $set: { 'offers.price': 12, 'offers.tags': ['a', 'c'] } }, { context: { actor: 'cy' } });
    await store.delete('Product', p.$id, { context: { actor: 'dee' } });
    await store.restore('Product', p.$id, { context: { actor: 'eve' } });
    const log = (await entries('p1')).reverse();
    expect(log.map((e) => [e.action, e.actor, e.version])).toEqual([
      ['create', 'ann', 1],
      ['update', 'bo', 2],
      ['patch', 'cy', 3],
      ['delete', 'dee', 4],
      ['restore', 'eve', 5],
    ]);
    expect(log[1]!.changes).toEqual([{ field: 'name', oldValue: 'Lamp', newValue: 'Desk lamp' }]);
    expect(log[2]!.changes).toEqual([
      { field: 'offers.price', oldValue: 10, newValue: 12 },
      { field: 'offers.tags[1]', oldValue: 'b', newValue: 'c' },
    ]);
    expect(await g.store.connection((db) => verifyAuditChain(db))).toEqual({ ok: true, rows: 5 });
  });

  it('records where a request came from', async () => {
    await withRequest({ actor: 'web-user', transport: 'http', ip: '127.0.0.1', userAgent: 'Chromium/156' }, () => g.store.create('Thing', { $id: 't1', name: 'x' }));
    const [entry] = await entries('t1');
    expect(entry).toMatchObject({ actor: 'web-user', context: { transport: 'http', ip: '127.0.0.1', userAgent: 'Chromium/156' } });
  });

  it('leaves no entry behind a rolled-back transaction', async () => {
    await g.store.create('Thing', { $id: 'keep', name: 'kept' });
    await expect(
      g.store.transaction(async (tx) => {
        await tx.create('Thing', { $id: 'gone', name: 'never' });
        await tx.patch('Thing', 'keep', { name: 'changed' });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await entries('gone')).toEqual([]);
    expect((await entries('keep')).map((e) => e.action)).toEqual(['create']);
    expect((await g.store.get('Thing', 'keep'))?.name).toBe('kept');
  });

  it('rebuilds any version, compares any two, and a revert restores the exact earlier entity', async () => {
    const { store } = g;
    const v1 = { name: 'Ann', address: { city: 'Oslo', lines: ['1 Main St', 'Flat 2'] }, knowsAbout: ['sql'] };
    await store.create('Thing', { $id: 'e1', ...v1 });
    await store.patch('Thing', 'e1', { $set: { 'address.city': 'Bergen' }, $push: { knowsAbout: 'ts' } });
    await store.update('Thing', 'e1', { name: 'Ann B', address: { city: 'Bergen', lines: ['9 Side Rd'] }, extra: { deep: [1, { x: 2 }] } });
    const at1 = await audit.atVersion('Thing', 'e1', 1);
    expect(at1).toMatchObject({ $type: 'Thing', $id: 'e1', $version: 1, ...v1 });
    expect(await audit.compare('Thing', 'e1', 1, 3)).toEqual([
      { field: 'name', oldValue: 'Ann', newValue: 'Ann B' },
      { field: 'address.city', oldValue: 'Oslo', newValue: 'Bergen' },
      { field: 'address.lines[0]', oldValue: '1 Main St', newValue: '9 Side Rd' },
      { field: 'address.lines[1]', oldValue: 'Flat 2' },
      { field: 'knowsAbout', oldValue: ['sql'] },
      { field: 'extra', newValue: { deep: [1, { x: 2 }] } },
    ]);
    const reverted = await audit.revert('Thing', 'e1', 1);
    const { $version, $createdAt, $updatedAt, ...rest } = reverted;
    expect(rest).toEqual({ $type: 'Thing', $id: 'e1', ...v1 });
    expect($version).toBe(4);
    const last = (await entries('e1'))[0]!;
    expect(last).toMatchObject({ action: 'revert', version: 4, reason: 'reverted to version 1' });
  });

  it('reverts a single field and tells who changed it', async () => {
    const { store } = g;
    await store.create('Order', { $id: 'o1', orderStatus: 'OrderProcessing', total: 5 }, { context: { actor: 'ann' } });
    await store.patch('Order', 'o1', { orderStatus: 'OrderInTransit', total: 6 }, { context: { actor: 'bo' } });
    await store.patch('Order', 'o1', { orderStatus: 'OrderDelivered' }, { context: { actor: 'cy' } });
    const who = await audit.whoChanged('Order', 'o1', 'orderStatus');
    expect(who.map((w) => [w.actor, w.oldValue, w.newValue])).toEqual([
      ['ann', undefined, 'OrderProcessing'],
      ['bo', 'OrderProcessing', 'OrderInTransit'],
      ['cy', 'OrderInTransit', 'OrderDelivered'],
    ]);
    const after = await audit.revert('Order', 'o1', 1, { field: 'orderStatus' });
    expect(after).toMatchObject({ orderStatus: 'OrderProcessing', total: 6 });
  });

  it('brings back an entity removed for good and warns about references to removed entities', async () => {
    const { store } = g;
    await store.create('Organization', { $id: 'org1', name: 'Acme' });
    await store.create('Person', { $id: 'p1', name: 'Ann', worksFor: 'org1' });
    await store.patch('Person', 'p1', { worksFor: undefined });
    await store.delete('Organization', 'org1', { force: true });
    const preview = await audit.previewRevert('Person', 'p1', 1);
    expect(preview.changes).toEqual([{ field: 'worksFor', newValue: 'org1' }]);
    expect(preview.warnings).toEqual([{ field: 'worksFor', id: 'org1', type: 'Organization' }]);
    const org = await audit.revert('Organization', 'org1', 1);
    expect(org).toMatchObject({ $id: 'org1', name: 'Acme' });
    expect((await audit.previewRevert('Person', 'p1', 1)).warnings).toEqual([]);
  });

  it('finds the entity as it was at a time', async () => {
    await g.store.create('Thing', { $id: 't', name: 'one' });
    const between = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 5));
    await g.store.patch('Thing', 't', { name: 'two' });
    expect((await audit.atTime('Thing', 't', between))?.name).toBe('one');
    expect(await audit.atTime('Thing', 't', '2000-01-01T00:00:00.000Z')).toBeNull();
  });

  it('detects an edited audit row', async () => {
    await g.store.create('Thing', { $id: 't', name: 'one' });
    await g.store.patch('Thing', 't', { name: 'two' });
    await g.store.connection((db) => db.prepare("UPDATE audit_log SET actor = 'mallory' WHERE seq = 1").run(), { write: true });
    expect(await g.store.connection((db) => verifyAuditChain(db))).toEqual({ ok: false, rows: 1, brokenAt: 1 });
  });
});
