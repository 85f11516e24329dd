import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Result } from '../../shared/errors';
import { openServices, type Services } from '../app/services';
import type { RequestContext } from './context';
import { referencePaths } from './used-by';

const ctx: RequestContext = { actor: 'tester', transport: 'test' };
let dir: string;
let services: Services;

async function call<T = unknown>(channel: string, input: unknown): Promise<T> {
  const result = (await services.dispatch(channel, input, ctx)) as Result<T>;
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'studio-handlers-'));
  services = openServices({ dbFile: join(dir, 'studio.db'), mode: 'server' });
});
afterEach(() => {
  services.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('entity channels over a real store', () => {
  it('creates, lists with a nested filter, and counts per type', async () => {
    await call('entities.create', { type: 'Person', data: { $id: 'ada', name: 'Ada', worksFor: { $type: 'Organization', name: 'Acme Inc' } } });
    await call('entities.create', { type: 'Person', data: { $id: 'bob', name: 'Bob' } });
    const page = await call<{ items: { $id: string }[] }>('entities.list', { type: 'Person', where: { 'worksFor.name': 'Acme Inc' } });
    expect(page.items.map((e) => e.$id)).toEqual(['ada']);
    expect(await call('entities.types', {})).toEqual([{ type: 'Person', count: 2 }]);
    expect(await call('entities.count', { type: 'Person', where: { name: { $regex: '^b', $options: 'i' } } })).toBe(1);
  });

  it('refuses an invalid entity with its field path and writes nothing', async () => {
    const result = await services.dispatch('entities.create', { type: 'Person', data: { name: 'Eve', email: 'nope' } }, ctx);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['email'] }] } });
    expect(await call('entities.types', {})).toEqual([]);
  });

  it('answers CONFLICT for a stale version instead of overwriting', async () => {
    await call('entities.create', { type: 'Person', data: { $id: 'ada', name: 'Ada' } });
    await call('entities.patch', { type: 'Person', id: 'ada', changes: { jobTitle: 'Engineer' }, expectedVersion: 1 });
    const stale = await services.dispatch('entities.patch', { type: 'Person', id: 'ada', changes: { jobTitle: 'CTO' }, expectedVersion: 1 }, ctx);
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await call('entities.get', { type: 'Person', id: 'ada' })).toMatchObject({ jobTitle: 'Engineer', $version: 2 });
  });

  it('sets one field on several entities and deletes several at once', async () => {
    for (const id of ['a', 'b', 'c']) await call('entities.create', { type: 'Person', data: { $id: id, name: id.toUpperCase() } });
    expect(await call('entities.setField', { type: 'Person', ids: ['a', 'b'], path: 'jobTitle', value: 'Analyst' })).toEqual({ count: 2 });
    expect(await call('entities.count', { type: 'Person', where: { jobTitle: 'Analyst' } })).toBe(2);
    expect(await call('entities.deleteMany', { type: 'Person', ids: ['a', 'c'] })).toEqual({ count: 2 });
    expect(await call('entities.types', {})).toEqual([{ type: 'Person', count: 1 }]);
  });

  it('soft-deletes into the trash and restores, where the collection keeps a trash', async () => {
    await services.store.collection('people', { type: 'Person', defaultFilters: { softDelete: true } }).ready;
    await call('entities.create', { type: 'Person', data: { $id: 'ada', name: 'Ada', email: 'ada@example.com' } });
    expect(await call('entities.delete', { type: 'Person', id: 'ada' })).toEqual({ deleted: true });
    expect(await call('entities.types', {})).toEqual([]);
    const trash = await call<{ items: { $id: string }[] }>('entities.list', { type: 'Person', deleted: 'only' });
    expect(trash.items.map((e) => e.$id)).toEqual(['ada']);
    await call('entities.restore', { type: 'Person', id: 'ada' });
    expect(await call('entities.types', {})).toEqual([{ type: 'Person', count: 1 }]);
  });

  it('finds entities by text and lists what refers to one', async () => {
    await call('entities.create', { type: 'Person', data: { $id: 'person-1', name: 'Grace Hopper' } });
    await call('entities.create', { type: 'Product', data: { $id: 'product-1', name: 'Compiler' } });
    await call('entities.create', {
      type: 'Order',
      data: { $id: 'order-1', orderNumber: 'SO-1', customer: 'person-1', orderedItem: [{ $type: 'OrderItem', orderedItem: 'product-1', orderQuantity: 1 }], subtotal: 1, tax: 0, shipping: 0, total: 1 },
    });
    expect(await call('entities.search', { text: 'grace' })).toEqual([{ type: 'Person', id: 'person-1', name: 'Grace Hopper' }]);
    expect(await call('entities.usedBy', { type: 'Person', id: 'person-1' })).toEqual([{ type: 'Order', id: 'order-1', name: 'SO-1', path: 'customer' }]);
    expect(await call('entities.usedBy', { type: 'Product', id: 'product-1' })).toEqual([
      { type: 'Order', id: 'order-1', name: 'SO-1', path: 'orderedItem.0.orderedItem' },
    ]);
  });
});

describe('referencePaths', () => {
  it('finds string and object references at any depth, but not the entity itself or embedded look-alikes', () => {
    const doc = { $id: 'x', a: 'p1', b: { $type: 'Person', $id: 'p1' }, c: [{ d: 'p2' }, { d: 'p1' }], e: { $type: 'Person', $id: 'p1', name: 'embedded copy' } };
    expect(referencePaths(doc, 'p1')).toEqual(['a', 'b', 'c.1.d']);
  });
});
