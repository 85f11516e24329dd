import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from './index';
import { LATEST_VERSION, MIGRATIONS, migrate } from './migrations';
import { checkSqliteVersion, compareVersions } from './open-database';
import { tempDir } from './test-support';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.remove());

describe('pragmas on every open', () => {
  it('reads WAL, synchronous=FULL, foreign_keys, busy_timeout, trusted_schema, secure_delete and the WAL size limit back after close and reopen', async () => {
    const file = tmp.file();
    const first = openStore({ file, ttlSweepMs: 0 });
    await first.create('Person', { name: 'A' });
    first.close();
    // A plain connection shows what a reopen gives without our settings: synchronous is not FULL.
    const raw = new Database(file);
    expect(raw.pragma('synchronous', { simple: true })).not.toBe(2);
    raw.close();
    const store = openStore({ file, ttlSweepMs: 0 });
    expect(store.info().pragmas).toEqual({ journal_mode: 'wal', synchronous: 2, foreign_keys: 1, busy_timeout: 5000, trusted_schema: 0, secure_delete: 1, journal_size_limit: 64 * 1024 * 1024 });
    expect(await store.count('Person')).toBe(1);
    store.close();
  });

  it('reports the SQLite version and refuses an old one', () => {
    const store = openStore({ file: ':memory:', ttlSweepMs: 0 });
    expect(compareVersions(store.info().sqliteVersion, '3.51.3')).toBeGreaterThanOrEqual(0);
    store.close();
    expect(() => checkSqliteVersion('3.51.2')).toThrow(/3\.51\.3/);
    expect(() => checkSqliteVersion('3.53.2')).not.toThrow();
  });
});

describe('migrations', () => {
  it('are numbered from 1 without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('migrate to N-1, seed, migrate to N: existing rows get search, counts, shapes', async () => {
    const file = tmp.file();
    const raw = new Database(file);
    migrate(raw, 1);
    const insert = raw.prepare("INSERT INTO entities(id, type, version, created_at, updated_at, deleted, doc) VALUES (?, ?, 1, '2024-01-01', '2024-01-01', ?, ?)");
    insert.run('p1', 'Person', 0, JSON.stringify({ name: 'Zelda Quist', tags: ['a', 'b'] }));
    insert.run('p2', 'Person', 1, JSON.stringify({ name: 'Gone' }));
    insert.run('o1', 'Organization', 0, JSON.stringify({ name: 'Acme' }));
    expect(raw.pragma('user_version', { simple: true })).toBe(1);
    raw.close();
    const store = openStore({ file, ttlSweepMs: 0 });
    expect((await store.search('quist')).map((e) => e.$id)).toEqual(['p1']);
    expect(await store.types()).toEqual([{ type: 'Organization', count: 1 }, { type: 'Person', count: 1 }]);
    // The shape learned from existing rows: arrays at `tags` are known, so this matches.
    expect((await store.list('Person', { where: { tags: 'b' } })).map((e) => e.$id)).toEqual(['p1']);
    store.close();
    const check = new Database(file);
    expect(check.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect((check.prepare('SELECT version FROM store_migrations ORDER BY version').pluck().all() as number[])).toEqual(MIGRATIONS.map((m) => m.version));
    check.close();
  });

  it('each step from N-1 to N keeps the data (one step at a time)', async () => {
    for (let n = 2; n <= LATEST_VERSION; n += 1) {
      const file = tmp.file(`step-${n}.db`);
      const raw = new Database(file);
      migrate(raw, n - 1);
      raw.prepare("INSERT INTO entities(id, type, version, created_at, updated_at, deleted, doc) VALUES ('x', 'Thing', 1, 't', 't', 0, '{\"name\":\"Kept\"}')").run();
      expect(migrate(raw, n)).toEqual([n]);
      expect(raw.pragma('user_version', { simple: true })).toBe(n);
      raw.close();
      const store = openStore({ file, ttlSweepMs: 0 });
      expect(await store.get('Thing', 'x')).toMatchObject({ name: 'Kept' });
      store.close();
    }
  });

  it('a failing step leaves the schema version and data as they were', () => {
    const raw = new Database(':memory:');
    migrate(raw, 1);
    const broken = { version: 99, name: 'broken', up: (db: Database.Database) => { db.exec('CREATE TABLE half (x)'); throw new Error('boom'); } };
    (MIGRATIONS as unknown as unknown[]).push(broken);
    try {
      expect(() => migrate(raw, 99)).toThrow('boom');
    } finally {
      (MIGRATIONS as unknown as unknown[]).pop();
    }
    expect(raw.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(raw.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'half'").pluck().get()).toBe(0);
    raw.close();
  });

  it('refuses a file written by a newer schema, leaving it byte for byte untouched', () => {
    const file = tmp.file();
    const raw = new Database(file);
    raw.pragma('journal_mode = DELETE');
    raw.exec('CREATE TABLE t (x)');
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.close();
    const before = readFileSync(file);
    expect(() => openStore({ file, ttlSweepMs: 0 })).toThrow(/newer version/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
