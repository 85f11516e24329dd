import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkspaceConfigSchema } from '../../workspace/config-schema';
import { openGovernedStore, type GovernedStore } from '../open-governed-store';
import { auditEntries } from '../audit/audit-log';
import { ageFrom } from './enrich';

const config = WorkspaceConfigSchema.parse({
  defaultCountryCode: '44',
  collections: {
    Person: {
      sanitize: { email: 'email', telephone: 'phone', name: 'name', url: 'url', description: 'text' },
      enrich: ['age'],
      beforeCreate: (e: Record<string, unknown>) => ({ ...e, source: 'import' }),
      afterUpdate: (e: Record<string, unknown>) => {
        if (e.name === 'Forbidden') throw new Error('that name is reserved');
        return { nameLength: String(e.name).length };
      },
    },
  },
});

let dir: string;
let g: GovernedStore;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hooks-'));
  g = await openGovernedStore({ file: join(dir, 'studio.db'), ttlSweepMs: 0, governance: { config, retentionSweepMs: 0 } });
});
afterEach(() => {
  g.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('write hooks', () => {
  it('sanitizes and enriches on create, in one version', async () => {
    const p = await g.store.create('Person', {
      $id: 'p1',
      name: '  ada   LOVELACE ',
      email: ' Ada@Example.COM ',
      telephone: '020 7946 0958',
      url: 'Example.com/ada',
      description: 'hi\u0000 there ',
      birthDate: '1990-06-15',
    });
    expect(p).toMatchObject({
      $version: 1,
      name: 'ada LOVELACE',
      email: 'ada@example.com',
      telephone: '+442079460958',
      url: 'https://example.com/ada',
      description: 'hi there',
      source: 'import',
      age: ageFrom('1990-06-15'),
    });
  });

  it('runs update hooks on the whole entity for a patch, and leaves unsanitized stored values alone', async () => {
    await g.store.create('Person', { $id: 'p1', name: 'Ann', birthDate: '2000-01-01' });
    await g.store.connection((db) => db.prepare(`UPDATE entities SET doc = json_set(doc, '$.email', 'LEGACY@X.IO') WHERE id = 'p1'`).run(), { write: true });
    const p = await g.store.patch('Person', 'p1', { $set: { name: 'ann lee' } });
    expect(p).toMatchObject({ name: 'Ann Lee', nameLength: 7, email: 'LEGACY@X.IO', age: ageFrom('2000-01-01'), $version: 2 });
    const [entry] = await g.store.connection((db) => auditEntries(db, 'p1'));
    expect(entry?.action).toBe('patch');
  });

  it('aborts the write with a clear error and writes nothing when a hook or sanitizer fails', async () => {
    await expect(g.store.create('Person', { $id: 'bad', name: 'X', email: 'not an email' })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('email sanitizer of Person failed on email'),
      issues: [{ path: ['email'], message: expect.stringContaining('not an e-mail') }],
    });
    expect(await g.store.get('Person', 'bad')).toBeNull();
    await g.store.create('Person', { $id: 'p1', name: 'Ann' });
    await expect(g.store.update('Person', 'p1', { name: 'Forbidden' })).rejects.toThrow(/Person.afterUpdate hook failed: that name is reserved/);
    expect(await g.store.get('Person', 'p1')).toMatchObject({ name: 'Ann', $version: 1 });
    expect(await g.store.connection((db) => auditEntries(db, 'bad'))).toEqual([]);
    expect((await g.store.connection((db) => auditEntries(db, 'p1'))).length).toBe(1);
  });
});

describe('ageFrom', () => {
  it('counts whole years up to the birthday', () => {
    const today = new Date('2026-06-15T12:00:00Z');
    expect(ageFrom('1990-06-15', today)).toBe(36);
    expect(ageFrom('1990-06-16', today)).toBe(35);
    expect(ageFrom('not a date', today)).toBeUndefined();
  });
});
