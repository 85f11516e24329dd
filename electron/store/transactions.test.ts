import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Change, type Store } from './index';
import { tempDir } from './test-support';

const require = createRequire(import.meta.url);
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

describe('transactions', () => {
  it('commits whole and announces after commit', async () => {
    const seen: Change[] = [];
    db.onChange((c) => seen.push(c));
    const result = await db.transaction(async (tx) => {
      const a = await tx.create('Person', { $id: 'a' });
      await tick();
      await tx.patch('Person', a.$id, { n: 1 });
      expect(seen).toEqual([]);
      return 'done';
    });
    expect(result).toBe('done');
    expect(seen.map((c) => c.action)).toEqual(['create', 'update']);
  });

  it('a throw rolls everything back and announces nothing', async () => {
    await db.create('Person', { $id: 'keep', n: 1 });
    const seen: Change[] = [];
    db.onChange((c) => seen.push(c));
    await expect(
      db.transaction(async (tx) => {
        await tx.create('Person', { $id: 'x', tags: ['new-kind'] });
        await tx.patch('Person', 'keep', { n: 2 });
        await tick();
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await db.get('Person', 'x')).toBeNull();
    expect(await db.get('Person', 'keep')).toMatchObject({ n: 1, $version: 1 });
    expect(seen).toEqual([]);
    expect(await db.types()).toEqual([{ type: 'Person', count: 1 }]);
  });

  it('createMany is one transaction: one bad entity leaves nothing', async () => {
    await expect(db.createMany('Person', [{ $id: 'a' }, { $id: 'b' }, { $id: 'a' }])).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await db.count('Person')).toBe(0);
  });

  it("another caller's writes cannot interleave into an open transaction; outside reads see committed data", async () => {
    await db.create('Counter', { $id: 'c', n: 0 });
    let outsideRead: unknown;
    const txn = db.transaction(async (tx) => {
      await tx.patch('Counter', 'c', { n: 1 });
      await tick();
      await tx.patch('Counter', 'c', { n: 2 });
      await tick();
      return (await tx.get('Counter', 'c'))?.n;
    });
    const outsideWrite = db.patch('Counter', 'c', { $increment: { n: 10 } });
    const read = db.get('Counter', 'c').then((e) => (outsideRead = e?.n));
    expect(await txn).toBe(2);
    expect((await outsideWrite).n).toBe(12);
    await read;
    // Never the uncommitted 1: the read waits for committed data.
    expect([2, 12]).toContain(outsideRead);
  });

  it('db.* calls inside the transaction body join it; nested transactions use savepoints', async () => {
    await db.transaction(async () => {
      await db.create('Person', { $id: 'outer' });
      await expect(
        db.transaction(async (inner) => {
          await inner.create('Person', { $id: 'inner' });
          throw new Error('inner fails');
        }),
      ).rejects.toThrow('inner fails');
      expect(await db.get('Person', 'inner')).toBeNull();
      await db.transaction(async (inner) => inner.create('Person', { $id: 'inner2' }));
    });
    expect((await db.list('Person', { orderBy: { $id: 'asc' } })).map((e) => e.$id)).toEqual(['inner2', 'outer']);
    // The failed savepoint's count change was dropped with it.
    expect(await db.types()).toEqual([{ type: 'Person', count: 2 }]);
  });

  it('a finished transaction handle refuses further use', async () => {
    let leaked: Parameters<Parameters<Store['transaction']>[0]>[0] | undefined;
    await db.transaction((tx) => {
      leaked = tx;
    });
    await expect(leaked!.create('Person', {})).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('sessions: withTransaction then endSession', async () => {
    const s = db.startSession();
    await s.withTransaction(async (tx) => tx.create('Person', { $id: 's1' }));
    s.endSession();
    await expect(s.withTransaction(async (tx) => tx.create('Person', { $id: 's2' }))).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await db.count('Person')).toBe(1);
  });
});

describe('withLock', () => {
  it('excludes a second store on the same file until released, and times out with LOCKED', async () => {
    const other = openStore({ file: tmp.file(), ttlSweepMs: 0 });
    try {
      let release!: () => void;
      const held = db.withLock('import', () => new Promise<void>((r) => (release = r)));
      await tick();
      const started = Date.now();
      await expect(other.withLock('import', () => 'never', { timeout: 150 })).rejects.toMatchObject({ code: 'LOCKED' });
      expect(Date.now() - started).toBeGreaterThanOrEqual(140);
      const waiting = other.withLock('import', () => 'got it', { timeout: 2000 });
      await tick();
      release();
      await held;
      expect(await waiting).toBe('got it');
      expect(await other.withLock('other-name', () => 1)).toBe(1);
    } finally {
      other.close();
    }
  });

  it('an expired lock (crashed holder) can be taken over', async () => {
    const other = openStore({ file: tmp.file(), ttlSweepMs: 0 });
    try {
      const stuck = db.withLock('job', () => new Promise(() => undefined), { ttl: 60 });
      void stuck;
      await tick();
      // Simulate the holder dying: stop its renewals by closing its connection.
      db.close();
      await new Promise((r) => setTimeout(r, 100));
      expect(await other.withLock('job', () => 'taken', { timeout: 1000 })).toBe('taken');
    } finally {
      other.close();
      db = openStore({ file: ':memory:', ttlSweepMs: 0 });
    }
  });

  it('excludes another process', async () => {
    const script = tmp.file('holder.cjs');
    writeFileSync(
      script,
      `const Database = require(${JSON.stringify(require.resolve('better-sqlite3'))});
       const db = new Database(process.argv[2]); db.pragma('busy_timeout = 5000');
       db.prepare('INSERT INTO locks(name, owner, expires_at) VALUES (?, ?, ?)').run('shared', 'child', Date.now() + 60000);
       process.stdout.write('held\\n');
       setTimeout(() => { db.prepare('DELETE FROM locks WHERE owner = ?').run('child'); process.stdout.write('released\\n'); db.close(); }, 400);`,
    );
    const child = spawn(process.execPath, [script, tmp.file()], { stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise((r) => child.once('exit', r));
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    await expect(db.withLock('shared', () => 'x', { timeout: 100 })).rejects.toMatchObject({ code: 'LOCKED' });
    expect(await db.withLock('shared', () => 'after child', { timeout: 3000 })).toBe('after child');
    await exited;
  });
});
