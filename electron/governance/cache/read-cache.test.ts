import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkspaceConfigSchema } from '../../workspace/config-schema';
import { openGovernedStore, type GovernedStore } from '../open-governed-store';

const config = WorkspaceConfigSchema.parse({
  collections: {
    Product: { cache: { enabled: true, ttl: 60 } },
    Offer: { cache: { enabled: true, ttl: 60, invalidateOn: ['Product'] } },
  },
});

let dir: string;
let g: GovernedStore;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cache-'));
  g = await openGovernedStore({ file: join(dir, 'studio.db'), ttlSweepMs: 0, governance: { config, retentionSweepMs: 0 } });
});
afterEach(() => {
  g.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('read cache', () => {
  it('serves repeated reads from the cache and counts hits and misses', async () => {
    await g.store.create('Product', { $id: 'p1', name: 'Lamp' });
    await g.store.get('Product', 'p1');
    await g.store.get('Product', 'p1');
    await g.store.list('Product', { where: { name: 'Lamp' } });
    await g.store.list('Product', { where: { name: 'Lamp' } });
    expect(g.governance.cache.statistics().types.Product).toMatchObject({ hits: 2, misses: 2 });
  });

  it('never returns stale data after a write, in or out of a transaction', async () => {
    await g.store.create('Product', { $id: 'p1', name: 'Lamp' });
    expect((await g.store.get('Product', 'p1'))?.name).toBe('Lamp');
    await g.store.patch('Product', 'p1', { name: 'Desk lamp' });
    expect((await g.store.get('Product', 'p1'))?.name).toBe('Desk lamp');
    expect(await g.store.count('Product')).toBe(1);
    await g.store.transaction(async (tx) => {
      await tx.create('Product', { $id: 'p2', name: 'Chair' });
    });
    expect(await g.store.count('Product')).toBe(2);
    // A write through the engine directly (as the TTL sweep does) also invalidates.
    await g.governance.raw().delete('Product', 'p2', { force: true });
    expect(await g.store.count('Product')).toBe(1);
  });

  it('does not keep a read that raced with a write', async () => {
    await g.store.create('Product', { $id: 'p1', name: 'A' });
    const slow = g.store.get('Product', 'p1');
    const write = g.store.patch('Product', 'p1', { name: 'B' });
    await Promise.all([slow, write]);
    expect((await g.store.get('Product', 'p1'))?.name).toBe('B');
  });

  it('drops reads of types that name a written type in invalidateOn', async () => {
    await g.store.create('Offer', { $id: 'o1', price: 5 });
    await g.store.list('Offer');
    await g.store.list('Offer');
    expect(g.governance.cache.statistics().types.Offer?.size).toBe(1);
    await g.store.create('Product', { $id: 'p9', name: 'X' });
    expect(g.governance.cache.statistics().types.Offer?.size).toBe(0);
  });

  it('copies values so a caller cannot change what is cached', async () => {
    await g.store.create('Product', { $id: 'p1', name: 'Lamp' });
    const a = await g.store.get('Product', 'p1');
    a!.name = 'mutated';
    expect((await g.store.get('Product', 'p1'))?.name).toBe('Lamp');
  });

  it('offers manual get, set and delete', () => {
    const { cache } = g.governance;
    cache.set('report:today', { total: 3 }, 60);
    expect(cache.get('report:today')).toEqual({ total: 3 });
    expect(cache.delete('report:today')).toBe(true);
    expect(cache.get('report:today')).toBeUndefined();
    expect(cache.statistics().manual).toMatchObject({ hits: 1, misses: 1 });
  });
});
