import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type OrderBy, type Store } from './index';
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

const people = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    $id: `p${String(i).padStart(4, '0')}`,
    name: `${['Jo', 'Ann', 'Bea', 'jon'][i % 4]}-${i}`,
    email: `u${i}@example.com`,
    age: 20 + (i % 50),
    worksFor: { name: `Org ${i % 10}` },
    keywords: [`k${i % 7}`, `k${i % 11}`],
  }));

describe('declared indexes', () => {
  it('become expression indexes the planner uses (EXPLAIN QUERY PLAN)', async () => {
    const Users = db.collection('users', {
      type: 'Person',
      indexes: ['age', 'worksFor.name', { field: 'email', unique: true }, { field: 'name', caseInsensitive: true }, 'keywords', { fields: ['age', 'name'] }],
    });
    await Users.ready;
    await db.createMany('Person', people(2000));
    const plan = async (where: Record<string, unknown>, orderBy?: Record<string, 'asc' | 'desc'>) => db.explain('Person', { where, orderBy });
    expect((await plan({ email: 'u5@example.com' })).indexes.some((n) => n.startsWith('ix_Person_email'))).toBe(true);
    expect((await plan({ 'worksFor.name': 'Org 3' })).indexes.some((n) => n.startsWith('ix_Person_worksFor_name'))).toBe(true);
    const range = await plan({ age: { $gte: 30, $lt: 40 } }, { age: 'asc' });
    expect(range.usesIndex).toBe(true);
    expect(range.plan.join(' ')).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
    const or = await plan({ $or: [{ email: 'u1@example.com' }, { age: 33 }] });
    expect(or.plan.join(' ')).toMatch(/MULTI-INDEX OR/);
    const contains = await plan({ keywords: { $contains: 'k3' } });
    expect(contains.indexes).toContain('entity_values_lookup');
    const prefix = await plan({ name: { $regex: '^jo-12', $options: 'i' } });
    expect(prefix.indexes.some((n) => n.endsWith('_ci'))).toBe(true);
    // And the answers are right.
    expect(await db.count('Person', { where: { keywords: { $contains: 'k3' } } })).toBe(people(2000).filter((p) => p.keywords.includes('k3')).length);
    expect(await db.count('Person', { where: { name: { $regex: '^jo', $options: 'i' } } })).toBe(people(2000).filter((p) => /^jo/i.test(p.name)).length);
    expect(await db.count('Person', { where: { name: { $regex: '^Jo-1' } } })).toBe(people(2000).filter((p) => /^Jo-1/.test(p.name)).length);
    // A pattern that is only the prefix is decided by the index range: values of other kinds must still not match.
    const odd = [{ name: 1234 }, { name: ['jo-array'] }, { name: { first: 'jo' } }, { name: 'JÖ-umlaut' }, { name: 'jo' }, { name: 'JOAN' }, { name: null }];
    await db.createMany('Person', odd.map((o, i) => ({ ...o, email: `odd${i}@example.com` })));
    const names = async (where: Record<string, unknown>) => (await db.list('Person', { where, limit: 10_000 })).map((p) => p.name).filter((n) => typeof n !== 'string' || !/-\d+$/.test(n));
    expect(await names({ name: { $regex: '^jo', $options: 'i' } })).toEqual(expect.arrayContaining(['jo', 'JOAN', ['jo-array']]));
    expect((await names({ name: { $regex: '^jo', $options: 'i' } })).length).toBe(3);
    expect(await names({ name: { $regex: '^12' } })).toEqual([]);
  });

  it('a bare prefix regex is answered by the index range alone, and still only by text values', async () => {
    const Tags = db.collection('tags', { type: 'Tag', indexes: [{ field: 'label', caseInsensitive: true }] });
    await Tags.ready;
    await db.createMany('Tag', ['jo', 'JOAN', 'Jöns', 'ajo', 'jo-1', 12, 120, true, null].map((label) => ({ label })));
    const labels = async (where: Record<string, unknown>) => (await db.list('Tag', { where })).map((t) => t.label).sort();
    const explained = await db.explain('Tag', { where: { label: { $regex: '^jo', $options: 'i' } } });
    expect(explained.sql).not.toContain('regexp_match');
    expect(explained.sql).toContain("lower(json_extract(e.doc, '$.label')) >= ?");
    expect(await labels({ label: { $regex: '^jo', $options: 'i' } })).toEqual(['JOAN', 'jo', 'jo-1']);
    expect(await labels({ label: { $regex: '^12', $options: 'i' } })).toEqual([]);
    expect(await labels({ label: { $regex: '^jo.n', $options: 'i' } })).toEqual(['JOAN']);
  });

  it('unique: UNIQUE naming field and value; persisted settings survive a reopen', async () => {
    await db.collection('users', { type: 'User', indexes: [{ field: 'email', unique: true }], defaultFilters: { softDelete: true } }).ready;
    await db.create('User', { $id: 'u1', email: 'a@x' });
    const error = await db.create('User', { email: 'a@x' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'UNIQUE', details: { field: 'email', value: 'a@x' } });
    db.close();
    db = openStore({ file: tmp.file(), ttlSweepMs: 0 });
    await expect(db.create('User', { email: 'a@x' })).rejects.toMatchObject({ code: 'UNIQUE' });
    // Soft delete is remembered too.
    await db.delete('User', 'u1');
    expect(await db.get('User', 'u1')).toBeNull();
    expect(await db.get('User', 'u1', { includeDeleted: true })).toMatchObject({ deleted: true });
  });

  it('declaring existing duplicates unique is refused; dropping an index removes it', async () => {
    await db.createMany('Tag', [{ label: 'x' }, { label: 'x' }]);
    const Tags = db.collection('tags', { type: 'Tag', indexes: [{ field: 'label', unique: true }] });
    await expect(Tags.ready).rejects.toMatchObject({ code: 'UNIQUE' });
    await db.collection('tags', { type: 'Tag', indexes: ['label'] }).ready;
    expect((await db.explain('Tag', { where: { label: 'x' } })).usesIndex).toBe(true);
    await db.collection('tags', { type: 'Tag', indexes: [] }).ready;
    expect((await db.explain('Tag', { where: { label: 'x' } })).usesIndex).toBe(false);
  });

  it('refuses bad options', () => {
    expect(() => db.collection('bad name!')).toThrow(/collection/);
    expect(() => db.collection('x', { indexes: ['a..b'] })).toThrow();
    expect(() => db.collection('x', { indexes: [{ fields: ['a', 'b'], expireAfterSeconds: 3 }] })).toThrow(/TTL/);
  });
});

describe('soft delete', () => {
  it('marks, hides, lists with includeDeleted, restores, and force removes', async () => {
    const Users = db.collection('users', { type: 'User', defaultFilters: { softDelete: true } });
    const u = await Users.create({ name: 'A' });
    const deleted = await Users.delete(u.$id, { context: { actor: 'ann' } });
    expect(deleted).toMatchObject({ deleted: true, deletedBy: 'ann', $version: 2 });
    expect(typeof deleted.deletedAt).toBe('string');
    expect(await Users.get(u.$id)).toBeNull();
    expect(await Users.count()).toBe(0);
    expect(await db.types()).toEqual([]);
    expect((await db.list('User', { includeDeleted: true })).length).toBe(1);
    expect((await db.page('User', { deleted: 'only' })).items.length).toBe(1);
    const back = await Users.restore(u.$id);
    expect(back).not.toHaveProperty('deleted');
    expect(back.$version).toBe(3);
    await Users.delete(u.$id, { force: true });
    expect(await db.get('User', u.$id, { includeDeleted: true })).toBeNull();
  });
});

describe('unfiltered counts', () => {
  it('answer from the live count and agree with a scan through creates, soft and hard deletes, restores and rollbacks', async () => {
    const Users = db.collection('users', { type: 'User', defaultFilters: { softDelete: true } });
    const made = await db.createMany('User', Array.from({ length: 30 }, (_, i) => ({ name: `u${i}` })));
    const scanned = async () => (await db.list('User')).length;
    for (const u of made.slice(0, 5)) await Users.delete(u.$id);
    await Users.delete(made[5]!.$id, { force: true });
    await Users.restore(made[0]!.$id);
    await db.deleteMany('User', { where: { name: { $in: ['u10', 'u11'] } } });
    await expect(db.transaction(async (tx) => {
      await tx.create('User', { name: 'rolled back' });
      throw new Error('abort');
    })).rejects.toThrow('abort');
    expect(await scanned()).toBe(30 - 5 - 1 + 1 - 2);
    expect(await db.count('User')).toBe(await scanned());
    expect(await db.count('User', { where: {} })).toBe(await scanned());
    expect(await db.count('User', { includeDeleted: true })).toBe(29);
  });
});

describe('tenants', () => {
  it('scopes every read and write to context.tenant', async () => {
    const Docs = db.collection('docs', { type: 'Doc', tenantField: 'tenantId', indexes: ['title'] });
    const a = { context: { tenant: 'A' } };
    const b = { context: { tenant: 'B' } };
    const mine = await Docs.create({ title: 'a1' }, a);
    expect(mine.tenantId).toBe('A');
    await Docs.create({ title: 'b1' }, b);
    await expect(Docs.create({ title: 'x', tenantId: 'B' }, a)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(Docs.create({ title: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await Docs.find({}, a)).map((d) => d.title)).toEqual(['a1']);
    expect(await Docs.count({ tenantId: 'B' }, a)).toBe(0);
    expect(await Docs.get(mine.$id, b)).toBeNull();
    await expect(Docs.patch(mine.$id, { title: 'hacked' }, b)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(Docs.patch(mine.$id, { tenantId: 'B' }, a)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await Docs.updateOne({}, { title: 'b2' }, b)).toEqual({ matchedCount: 1, modifiedCount: 1 });
    expect(await db.deleteMany('Doc', { where: {}, ...a })).toEqual({ deletedCount: 1 });
    expect((await Docs.find({}, b)).map((d) => d.title)).toEqual(['b2']);
    expect((await db.search('b2', a))).toEqual([]);
    expect((await db.search('b2', b)).length).toBe(1);
  });
});

describe('TTL', () => {
  it('purgeExpired removes entities older than expireAfterSeconds', async () => {
    await db.collection('sessions', { type: 'Session', indexes: [{ field: 'lastSeen', expireAfterSeconds: 60 }] }).ready;
    const now = Date.now();
    await db.createMany('Session', [
      { $id: 'old', lastSeen: new Date(now - 120_000).toISOString() },
      { $id: 'oldMs', lastSeen: now - 120_000 },
      { $id: 'fresh', lastSeen: new Date(now).toISOString() },
      { $id: 'none' },
    ]);
    expect(await db.purgeExpired()).toBe(2);
    expect((await db.list('Session')).map((e) => e.$id)).toEqual(['fresh', 'none']);
  });
});

describe('paging', () => {
  it('walks every entity exactly once with opaque cursors, in order, also through ties and nulls', async () => {
    await db.collection('people', { type: 'Person', indexes: ['age'] }).ready;
    const rows = people(257).map((p, i) => (i % 9 === 0 ? { ...p, age: null } : p));
    await db.createMany('Person', rows);
    const orders: Array<OrderBy | undefined> = [undefined, { age: 'asc' }, { age: 'desc' }, { age: 'asc', name: 'desc' }];
    for (const orderBy of orders) {
      const seen: string[] = [];
      let cursor: string | null | undefined;
      do {
        const page = await db.page('Person', { orderBy, limit: 20, cursor });
        seen.push(...page.items.map((e) => e.$id));
        cursor = page.next;
      } while (cursor);
      const expected = (await db.list('Person', { orderBy })).map((e) => e.$id);
      expect(seen).toEqual(expected);
      expect(new Set(seen).size).toBe(257);
    }
  });

  it('refuses tampered cursors and cursors of another query', async () => {
    await db.createMany('Person', people(5));
    const first = await db.page('Person', { limit: 2, orderBy: { age: 'asc' } });
    await expect(db.page('Person', { limit: 2, orderBy: { name: 'asc' }, cursor: first.next })).rejects.toMatchObject({ code: 'BAD_QUERY' });
    await expect(db.page('Person', { limit: 2, cursor: 'not-a-cursor' })).rejects.toMatchObject({ code: 'BAD_QUERY' });
    const forged = Buffer.from(JSON.stringify({ v: [{ $gt: 1 }, 'x'], q: 'x' })).toString('base64url');
    await expect(db.page('Person', { limit: 2, orderBy: { age: 'asc' }, cursor: forged })).rejects.toMatchObject({ code: 'BAD_QUERY' });
  });
});

describe('search', () => {
  it('ranks text matches, follows every write and filters by type', async () => {
    await db.create('Person', { $id: 'p', name: 'Johanna Berg', bio: 'likes sailing' });
    await db.create('Organization', { $id: 'o', name: 'John Deere', slogan: 'john john' });
    expect((await db.search('joh')).map((e) => e.$id).sort()).toEqual(['o', 'p']);
    expect((await db.search('john')).map((e) => e.$id)).toEqual(['o']);
    expect((await db.search('joh', { type: 'Person' })).map((e) => e.$id)).toEqual(['p']);
    await db.patch('Person', 'p', { bio: 'likes climbing' });
    expect(await db.search('sailing')).toEqual([]);
    expect((await db.search('climb')).map((e) => e.$id)).toEqual(['p']);
    await db.delete('Organization', 'o');
    expect((await db.search('deere'))).toEqual([]);
    await expect(db.search('   ')).rejects.toMatchObject({ code: 'BAD_QUERY' });
  });
});
