import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from './index';
import { tempDir } from './test-support';

let tmp: ReturnType<typeof tempDir>;
let db: Store;
beforeEach(() => {
  tmp = tempDir();
  db = openStore({ file: tmp.file(), ttlSweepMs: 0 });
});
afterEach(() => {
  db.close();
  tmp.remove();
});

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('get by $id', () => {
  it('returns the bookkeeping list returns, and null for a missing id, an id of another type or a trashed entity', async () => {
    await db.collection('people', { type: 'Person', defaultFilters: { softDelete: true } }).ready;
    const made = await db.create('Person', { $id: 'p1', name: 'Ada', tags: ['x'] });
    await db.create('Place', { $id: 'o1', name: 'Oslo' });
    const got = await db.get('Person', 'p1');
    expect(got).toEqual(made);
    expect(got).toEqual((await db.list('Person', { where: { name: 'Ada' } }))[0]);
    expect(Object.keys(got!).slice(0, 5)).toEqual(['$type', '$id', '$version', '$createdAt', '$updatedAt']);
    expect(await db.get('Person', 'o1')).toBeNull();
    expect(await db.get('Place', 'p1')).toBeNull();
    expect(await db.get('Person', 'nobody')).toBeNull();
    await db.delete('Person', 'p1');
    expect(await db.get('Person', 'p1')).toBeNull();
    expect(await db.get('Person', 'p1', { includeDeleted: true })).toMatchObject({ $id: 'p1', $version: 2, name: 'Ada', deleted: true });
    expect(await db.get('Person', 'p1', { deleted: 'only' })).toMatchObject({ $id: 'p1' });
  });

  it('on a tenant-scoped type: null for another tenant, FORBIDDEN without one', async () => {
    const Docs = db.collection('docs', { type: 'Doc', tenantField: 'tenantId' });
    const mine = await Docs.create({ title: 'a1' }, { context: { tenant: 'A' } });
    expect((await db.get('Doc', mine.$id, { context: { tenant: 'A' } }))?.title).toBe('a1');
    expect(await db.get('Doc', mine.$id, { context: { tenant: 'B' } })).toBeNull();
    await expect(db.get('Doc', mine.$id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(db.get('Doc', 'missing')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('failures are rejections, never throws at the call', async () => {
    const badType = db.get('not a type', 'x');
    await expect(badType).rejects.toMatchObject({ code: 'BAD_QUERY' });
    db.close();
    const closed = db.get('Person', 'p1');
    await expect(closed).rejects.toMatchObject({ code: 'INTERNAL' });
  });
});

describe('reads and another connection on the same file', () => {
  let other: Store;
  beforeEach(() => {
    other = openStore({ file: tmp.file(), ttlSweepMs: 0 });
  });
  afterEach(() => other.close());

  it("the next read sees the other connection's rows, through get and through a cached plan", async () => {
    await db.collection('people', { type: 'Person', indexes: ['email'] }).ready;
    await db.create('Person', { $id: 'p1', email: 'a@x' });
    expect((await db.list('Person', { where: { email: 'a@x' } })).map((e) => e.$id)).toEqual(['p1']);
    expect(await db.get('Person', 'p2')).toBeNull();
    await other.create('Person', { $id: 'p2', email: 'b@x' });
    expect((await db.get('Person', 'p2'))?.email).toBe('b@x');
    expect((await db.list('Person', { where: { email: 'b@x' } })).map((e) => e.$id)).toEqual(['p2']);
    await other.patch('Person', 'p2', { email: 'c@x' });
    expect((await db.get('Person', 'p2'))?.$version).toBe(2);
    expect(await db.list('Person', { where: { email: 'b@x' } })).toEqual([]);
  });

  it('a type the other connection makes tenant-scoped is scoped at the next get and list', async () => {
    await db.create('Doc', { $id: 'd1', title: 't', tenantId: 'A' });
    expect((await db.get('Doc', 'd1'))?.title).toBe('t');
    expect((await db.list('Doc', { where: { title: 't' } })).length).toBe(1);
    await other.collection('docs', { type: 'Doc', tenantField: 'tenantId' }).ready;
    await expect(db.get('Doc', 'd1')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(db.list('Doc', { where: { title: 't' } })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await db.get('Doc', 'd1', { context: { tenant: 'B' } })).toBeNull();
    expect(await db.list('Doc', { where: { title: 't' }, context: { tenant: 'B' } })).toEqual([]);
    expect((await db.get('Doc', 'd1', { context: { tenant: 'A' } }))?.title).toBe('t');
  });
});

describe('reads around transactions', () => {
  it('a read called before a transaction opens does not see what the transaction has not committed', async () => {
    const read = db.get('Counter', 'c');
    const txn = db.transaction(async (tx) => {
      await tx.create('Counter', { $id: 'c', n: 1 });
      await tick();
      throw new Error('changed my mind');
    });
    expect(await read).toBeNull();
    await expect(txn).rejects.toThrow('changed my mind');
    expect(await db.get('Counter', 'c')).toBeNull();
  });
});

describe('ordered lists on a reused plan', () => {
  it('keep the order and bind each call its own bounds', async () => {
    await db.collection('people', { type: 'Person', indexes: ['age'] }).ready;
    await db.createMany('Person', [30, 25, 41, 19, 33, 25].map((age, i) => ({ $id: `p${i}`, age })));
    const ages = async (from: number, to: number, dir: 'asc' | 'desc') =>
      (await db.list('Person', { where: { age: { $gte: from, $lt: to } }, orderBy: { age: dir }, limit: 3 })).map((e) => [e.$id, e.age]);
    expect(await ages(20, 40, 'asc')).toEqual([['p1', 25], ['p5', 25], ['p0', 30]]);
    expect(await ages(26, 50, 'asc')).toEqual([['p0', 30], ['p4', 33], ['p2', 41]]);
    expect(await ages(0, 100, 'desc')).toEqual([['p2', 41], ['p4', 33], ['p0', 30]]);
    const first = await db.page('Person', { orderBy: { age: 'asc' }, limit: 4 });
    const rest = await db.page('Person', { orderBy: { age: 'asc' }, limit: 4, cursor: first.next });
    expect([...first.items, ...rest.items].map((e) => e.age)).toEqual([19, 25, 25, 30, 33, 41]);
    expect(rest.next).toBeNull();
  });
});
