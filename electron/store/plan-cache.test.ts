import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from './index';

describe('compiled read plans', () => {
  let db: Store;
  beforeEach(() => {
    db = openStore({ file: ':memory:', ttlSweepMs: 0 });
  });
  afterEach(() => db.close());

  const ids = async (where: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    (await db.list('Thing', { where, orderBy: { $id: 'asc' }, ...extra })).map((e) => e.$id);

  it('binds each call its own values on a reused plan', async () => {
    await db.createMany('Thing', [{ $id: 'a', n: 1, s: 'x' }, { $id: 'b', n: 2, s: 'y' }, { $id: 'c', n: 2.5, s: 'y' }]);
    expect(await ids({ s: 'x' })).toEqual(['a']);
    expect(await ids({ s: 'y' })).toEqual(['b', 'c']);
    expect(await ids({ n: { $gte: 2 } })).toEqual(['b', 'c']);
    expect(await ids({ n: { $gte: 2.25 } })).toEqual(['c']);
    expect(await ids({ s: { $in: ['x', 'y'] } }, { limit: 2 })).toEqual(['a', 'b']);
    expect(await ids({ s: { $in: ['y', 'z'] } }, { limit: 2, skip: 1 })).toEqual(['c']);
    expect(await ids({ s: { $regex: '^x' } })).toEqual(['a']);
    expect(await ids({ s: { $regex: '^y' } })).toEqual(['b', 'c']);
    expect(await db.count('Thing', { where: { n: 2 } })).toBe(1);
    expect(await db.count('Thing', { where: { n: 1 } })).toBe(1);
  });

  it('recompiles when a path first holds an array', async () => {
    await db.create('Thing', { $id: 'a', tags: 'red' });
    expect(await ids({ tags: 'red' })).toEqual(['a']);
    await db.create('Thing', { $id: 'b', tags: ['blue', 'red'] });
    expect(await ids({ tags: 'red' })).toEqual(['a', 'b']);
  });

  it('recompiles when a collection changes what the SQL may use', async () => {
    await db.createMany('Thing', [{ $id: 'a', tags: ['Red'], name: 'Joan' }, { $id: 'b', tags: ['blue'], name: 'john' }]);
    expect(await ids({ name: { $regex: '^jo', $options: 'i' } })).toEqual(['a', 'b']);
    await db.collection('things', { type: 'Thing', indexes: ['tags', { field: 'name', caseInsensitive: true }] }).ready;
    expect(await ids({ name: { $regex: '^jo', $options: 'i' } })).toEqual(['a', 'b']);
    expect(await ids({ tags: 'Red' })).toEqual(['a']);
    const plan = await db.explain('Thing', { where: { tags: 'Red' } });
    expect(plan.sql).toContain('entity_values');
  });

  it('still refuses a bad filter whose shape was cached with good values', async () => {
    await db.create('Thing', { $id: 'a', n: 1 });
    expect(await ids({ n: { $gt: 0 } })).toEqual(['a']);
    await expect(db.list('Thing', { where: { n: { $gt: Number.NaN } } })).rejects.toMatchObject({ code: 'BAD_QUERY' });
    await expect(db.list('Thing', { where: { n: { $gt: null } } })).rejects.toMatchObject({ code: 'BAD_QUERY' });
  });
});
