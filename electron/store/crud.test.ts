import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StudioError } from '../../shared/errors';
import { $, openStore, type Change, type Store } from './index';
import { tempDir } from './test-support';

for (const kind of ['memory', 'file'] as const) {
  describe(`entities on a ${kind} store`, () => {
    let db: Store;
    let tmp: ReturnType<typeof tempDir> | undefined;
    beforeEach(() => {
      tmp = kind === 'file' ? tempDir() : undefined;
      db = openStore({ file: tmp ? tmp.file() : ':memory:', ttlSweepMs: 0 });
    });
    afterEach(() => {
      db.close();
      tmp?.remove();
    });

    it('creates with an assigned or a given $id, and bookkeeping', async () => {
      const a = await db.create($.Person, { name: 'John Doe', email: 'john@example.com' });
      expect(a.$type).toBe('Person');
      expect(a.$id).toMatch(/^[0-9a-f-]{36}$/);
      expect(a.$version).toBe(1);
      expect(a.$createdAt).toBe(a.$updatedAt);
      const b = await db.create('Person', { $id: 'person-123', name: 'Jane' });
      expect(b.$id).toBe('person-123');
      expect(await db.get($.Person, 'person-123')).toEqual(b);
      expect(await db.get('Organization', 'person-123')).toBeNull();
      expect(await db.get('Person', 'nobody')).toBeNull();
    });

    it('refuses a taken $id (CONFLICT), bad data (VALIDATION) and bad type names (BAD_QUERY)', async () => {
      await db.create('Person', { $id: 'p1' });
      await expect(db.create('Person', { $id: 'p1' })).rejects.toMatchObject({ code: 'CONFLICT' });
      await expect(db.create('Person', { n: Number.NaN })).rejects.toMatchObject({ code: 'VALIDATION' });
      await expect(db.create('Person', { $weird: 1 })).rejects.toMatchObject({ code: 'VALIDATION' });
      await expect(db.create('Person', { $type: 'Organization' })).rejects.toMatchObject({ code: 'VALIDATION' });
      await expect(db.create("Person' OR 1=1 --", {})).rejects.toMatchObject({ code: 'BAD_QUERY' });
      await expect(db.create('Person', { $id: 'bad\u0000id' })).rejects.toMatchObject({ code: 'VALIDATION' });
    });

    it('update replaces the properties, patch merges and applies operators, both bump $version', async () => {
      const p = await db.create('Person', { $id: 'p', name: 'A', jobTitle: 'Engineer', age: 30, tags: ['x', 'y'], address: { city: 'Oslo' } });
      const u = await db.update('Person', 'p', { name: 'B', jobTitle: undefined });
      expect(u).toMatchObject({ $version: 2, name: 'B' });
      expect(u).not.toHaveProperty('jobTitle');
      expect(u).not.toHaveProperty('age');
      expect(u.$createdAt).toBe(p.$createdAt);
      const q = await db.patch('Person', 'p', {
        jobTitle: 'Senior Engineer',
        $set: { 'address.city': 'Bergen', 'address.zip': '5003' },
        $increment: { age: 2 },
        $push: { tags: { $each: ['x', 'z'] } },
      });
      expect(q).toMatchObject({ $version: 3, name: 'B', jobTitle: 'Senior Engineer', age: 2, tags: ['x', 'z'], address: { city: 'Bergen', zip: '5003' } });
      const r = await db.patch('Person', 'p', { $pull: { tags: 'x' }, $unset: ['address.zip'], $decrement: { age: 5 }, name: undefined });
      expect(r).toMatchObject({ $version: 4, age: -3, tags: ['z'], address: { city: 'Bergen' } });
      expect(r).not.toHaveProperty('name');
      expect(r).not.toHaveProperty('address.zip');
      // Nothing changes: no new version.
      expect((await db.patch('Person', 'p', { age: -3 })).$version).toBe(4);
    });

    it('refuses bad patches without writing anything', async () => {
      await db.create('Person', { $id: 'p', name: 'A', n: 'text' });
      await expect(db.patch('Person', 'p', { $increment: { n: 1 } })).rejects.toMatchObject({ code: 'VALIDATION' });
      await expect(db.patch('Person', 'p', { $rename: { n: 'm' } })).rejects.toMatchObject({ code: 'VALIDATION' });
      await expect(db.patch('Person', 'p', { $set: { 'name.first': 'x' } })).rejects.toMatchObject({ code: 'VALIDATION' });
      await expect(db.patch('Person', 'p', { $set: { '__proto__.x': 1 } })).rejects.toMatchObject({ code: 'VALIDATION' });
      expect(await db.get('Person', 'p')).toMatchObject({ $version: 1, name: 'A', n: 'text' });
      await expect(db.patch('Person', 'missing', { a: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });

    it('expectedVersion: a stale version is a CONFLICT and changes nothing', async () => {
      await db.create('Person', { $id: 'p', name: 'A' });
      await db.patch('Person', 'p', { name: 'B' }, { expectedVersion: 1 });
      const err = await db.update('Person', 'p', { name: 'C' }, { expectedVersion: 1 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StudioError);
      expect(err).toMatchObject({ code: 'CONFLICT', details: { version: 2, expectedVersion: 1 } });
      await expect(db.delete('Person', 'p', { expectedVersion: 7 })).rejects.toMatchObject({ code: 'CONFLICT' });
      expect(await db.get('Person', 'p')).toMatchObject({ name: 'B', $version: 2 });
    });

    it('lists with where, orderBy on nested paths, limit and skip; findOne and count', async () => {
      await db.createMany('Person', [
        { $id: 'a', name: 'Ann', jobTitle: 'Engineer', worksFor: { name: 'Acme Inc' }, age: 40 },
        { $id: 'b', name: 'Bob', jobTitle: 'Engineer', worksFor: { name: 'Beta' }, age: 30 },
        { $id: 'c', name: 'Cid', jobTitle: 'Engineer', worksFor: { name: 'Acme Inc' }, age: 30 },
        { $id: 'd', name: 'Dee', jobTitle: 'Designer', age: 25 },
      ]);
      const acme = await db.list($.Person, { where: { jobTitle: 'Engineer', 'worksFor.name': 'Acme Inc' }, orderBy: { name: 'asc' }, limit: 10, skip: 0 });
      expect(acme.map((e) => e.$id)).toEqual(['a', 'c']);
      const byAge = await db.list('Person', { orderBy: { age: 'desc', name: 'asc' } });
      expect(byAge.map((e) => e.$id)).toEqual(['a', 'b', 'c', 'd']);
      const byOrg = await db.list('Person', { orderBy: { 'worksFor.name': 'desc' }, skip: 1, limit: 2 });
      // Ties break on $id in the direction of the last key: Beta, then Acme (c, a), then missing (d).
      expect(byOrg.map((e) => e.$id)).toEqual(['c', 'a']);
      expect((await db.findOne('Person', { where: { age: { $lt: 30 } } }))?.$id).toBe('d');
      expect(await db.findOne('Person', { where: { age: { $gt: 99 } } })).toBeNull();
      expect(await db.count('Person', { where: { age: 30 } })).toBe(2);
      expect(await db.count('Person')).toBe(4);
      await expect(db.list('Person', { limit: -1 })).rejects.toMatchObject({ code: 'BAD_QUERY' });
      await expect(db.list('Person', { orderBy: { name: 'up' as 'asc' } })).rejects.toMatchObject({ code: 'BAD_QUERY' });
    });

    it('deleteMany and updateOne', async () => {
      const t = '2024-01-01T00:00:00.000Z';
      await db.createMany('Person', [
        { $id: 'a', status: 'inactive', lastActive: '2023-05-01T00:00:00.000Z' },
        { $id: 'b', status: 'inactive', lastActive: '2024-05-01T00:00:00.000Z' },
        { $id: 'c', status: 'active', lastActive: '2023-01-01T00:00:00.000Z' },
      ]);
      expect(await db.deleteMany($.Person, { where: { status: 'inactive', lastActive: { $lt: t } } })).toEqual({ deletedCount: 1 });
      expect(await db.get('Person', 'a')).toBeNull();
      expect(await db.updateOne('Person', { status: 'inactive' }, { $set: { status: 'archived' } })).toEqual({ matchedCount: 1, modifiedCount: 1 });
      expect(await db.updateOne('Person', { status: 'archived' }, { status: 'archived' })).toEqual({ matchedCount: 1, modifiedCount: 0 });
      expect(await db.updateOne('Person', { status: 'nope' }, { a: 1 })).toEqual({ matchedCount: 0, modifiedCount: 0 });
    });

    it('populate resolves single, array and nested references with one query per path', async () => {
      await db.createMany('Organization', [
        { $id: 'acme', name: 'Acme', parentOrganization: 'holding' },
        { $id: 'holding', name: 'Holding' },
        { $id: 'beta', name: 'Beta' },
      ]);
      await db.create('Person', { $id: 'p', worksFor: 'acme', memberOf: ['beta', { $type: 'Organization', $id: 'holding' }, 'ghost'], job: { employer: { $id: 'beta' } } });
      const p = await db.get($.Person, 'p', { populate: ['worksFor.parentOrganization', 'memberOf', 'job.employer'] });
      expect(p).toMatchObject({
        worksFor: { $id: 'acme', name: 'Acme', parentOrganization: { $id: 'holding', name: 'Holding' } },
        memberOf: [{ $id: 'beta', name: 'Beta' }, { $id: 'holding', $type: 'Organization' }, 'ghost'],
        job: { employer: { $id: 'beta', name: 'Beta' } },
      });
      const listed = await db.list('Person', { populate: ['worksFor'] });
      expect(listed[0]).toMatchObject({ worksFor: { name: 'Acme', parentOrganization: 'holding' } });
      await expect(db.get('Person', 'p', { populate: ['bad path!'] })).rejects.toMatchObject({ code: 'BAD_QUERY' });
    });

    it('types() counts live entities per type, kept exact by every write', async () => {
      expect(await db.types()).toEqual([]);
      await db.createMany('Person', [{ $id: 'a' }, { $id: 'b' }]);
      await db.create('Organization', { $id: 'o' });
      expect(await db.types()).toEqual([{ type: 'Organization', count: 1 }, { type: 'Person', count: 2 }]);
      await db.delete('Person', 'a');
      await db.delete('Organization', 'o');
      expect(await db.types()).toEqual([{ type: 'Person', count: 1 }]);
    });

    it('announces changes after commit and passes before/after to onWrite inside the transaction', async () => {
      const seen: Change[] = [];
      const stop = db.onChange((c) => seen.push(c));
      const p = await db.create('Person', { name: 'A' });
      await db.patch('Person', p.$id, { name: 'B' }, { context: { actor: 'ann' } });
      await db.delete('Person', p.$id);
      stop();
      await db.create('Person', { name: 'C' });
      expect(seen.map((c) => c.action)).toEqual(['create', 'update', 'delete']);
      expect(seen[1]).toMatchObject({ before: { name: 'A' }, after: { name: 'B' }, context: { actor: 'ann' } });
      expect(seen[2]).toMatchObject({ after: null, before: { name: 'B' } });
    });
  });
}

describe('hooks', () => {
  it('validate refuses a write inside its transaction; onWrite writes in the same transaction', async () => {
    const audit: string[] = [];
    const db = openStore({
      file: ':memory:',
      ttlSweepMs: 0,
      validate: (type, entity) => {
        if (type === 'Person' && typeof entity.name !== 'string') throw new StudioError('VALIDATION', 'name is required', { issues: [{ path: ['name'], message: 'required' }] });
      },
      onWrite: (change, tx) => {
        tx.db.prepare('CREATE TABLE IF NOT EXISTS audit_probe (id TEXT)').run();
        tx.db.prepare('INSERT INTO audit_probe (id) VALUES (?)').run(change.id);
        audit.push(`${change.action}:${change.before?.$version ?? 0}->${change.after?.$version ?? 0}`);
        if (change.after?.fail) throw new Error('observer failed');
      },
    });
    await expect(db.create('Person', { age: 3 })).rejects.toMatchObject({ code: 'VALIDATION' });
    const p = await db.create('Person', { $id: 'p', name: 'A' });
    await db.patch('Person', p.$id, { name: 'B' });
    await expect(db.patch('Person', 'p', { fail: true })).rejects.toThrow('observer failed');
    expect(await db.get('Person', 'p')).toMatchObject({ name: 'B', $version: 2 });
    expect(audit).toEqual(['create:0->1', 'update:1->2', 'update:2->3']);
    expect(await db.count('Person')).toBe(1);
    db.close();
  });
});
