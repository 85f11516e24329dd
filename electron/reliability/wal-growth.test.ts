/**
 * RELIABILITY R6: a long reader holds checkpoints back while a writer goes on, so the -wal file
 * grows past its limit; once the reader lets go, the next checkpoint starts the log over and
 * the file is cut back to `WAL_SIZE_LIMIT`. The reader's snapshot stays the same throughout.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { openStore, type Store } from '../store';
import { WAL_SIZE_LIMIT } from '../store/open-database';
import { tempDir } from '../store/test-support';

const MB = 1024 * 1024;
let tmp: ReturnType<typeof tempDir>;
let file: string;
let store: Store;

beforeAll(() => {
  tmp = tempDir();
  file = tmp.file();
  store = openStore({ file, ttlSweepMs: 0 });
});
afterAll(() => {
  store.close();
  tmp.remove();
});

const walBytes = (): number => (existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0);

/** About 2 KB of text per entity, so the log grows by megabytes per batch. */
const batch = (from: number, n: number) =>
  Array.from({ length: n }, (_, i) => ({ name: `Writer ${from + i}`, description: `entry ${from + i} `.repeat(150), keywords: [`k${i % 50}`] }));

describe('WAL growth under a long reader', () => {
  it('grows past the limit while a reader holds its snapshot, then is cut back once it lets go', { timeout: 180_000 }, async () => {
    await store.createMany('Person', batch(0, 100));
    const reader = new Database(file, { readonly: true });
    try {
      reader.prepare('BEGIN').run();
      const seen = reader.prepare("SELECT count(*) FROM entities WHERE type = 'Person'").pluck();
      const before = seen.get() as number;
      let written = 100;
      while (walBytes() <= WAL_SIZE_LIMIT * 1.2) {
        await store.createMany('Person', batch(written, 2000));
        written += 2000;
        expect(seen.get()).toBe(before);
      }
      const peak = walBytes();
      reader.prepare('COMMIT').run();
      // The next commit after the reader is gone checkpoints the whole log and starts it over.
      for (let i = 0; i < 3; i += 1) await store.createMany('Person', batch(written + i * 10, 10));
      const after = walBytes();
      console.log(`[R6] reader held ${before} people while ${written - 100} more were written: -wal peaked at ${(peak / MB).toFixed(1)} MB, ${(after / MB).toFixed(1)} MB after the reader let go (limit ${WAL_SIZE_LIMIT / MB} MB)`);
      expect(peak).toBeGreaterThan(WAL_SIZE_LIMIT);
      expect(after).toBeLessThanOrEqual(WAL_SIZE_LIMIT);
      expect(await store.count('Person')).toBe(written + 30);
      expect(await store.connection((db) => db.pragma('integrity_check', { simple: true }))).toBe('ok');
    } finally {
      reader.close();
    }
  });
});
