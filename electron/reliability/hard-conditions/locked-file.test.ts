/**
 * A file locked by another program: a child process holds SQLite's write lock (BEGIN
 * EXCLUSIVE). A write waits for the busy timeout, then fails as a typed LOCKED naming the
 * file; reads go on (WAL); the CLI still opens the file to read, and a CLI import fails with
 * the same message in one line. Once the other program lets go, the same open store writes.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openServices } from '../../app/services';
import { BUSY_TIMEOUT_MS } from '../../store/open-database';
import { cliAsync, importFailure, printed, say, startTs, tempDir } from './support';

const dir = tempDir('locked');
const ctx = { actor: 'hard-conditions', transport: 'test' as const };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a file locked by another program', () => {
  it('writes wait, then fail as LOCKED naming the file; reads go on; after the lock is released writes work again', async () => {
    const file = join(dir, 'studio.db');
    const services = openServices({ dbFile: file, mode: 'server' });
    await services.governance.ready;
    await services.store.createMany('Person', Array.from({ length: 10 }, (_, i) => ({ $id: `p-${i}`, name: `Person ${i}` })));
    const holder = await startTs('lock-holder.ts', [file], 'LOCKED');
    try {
      say(`another process (pid ${holder.pid}) holds BEGIN EXCLUSIVE on ${file}`);
      const input = join(dir, 'people.ndjson');
      writeFileSync(input, '{"name":"Imported"}\n');
      // The CLI runs beside the test: one reads, one tries to write.
      const cliRead = cliAsync(['query', '--db', file, '--type', 'Person', '--count']);
      const cliWrite = cliAsync(['import', '--db', file, '--type', 'Person', input]);

      const started = Date.now();
      const refused = await services.dispatch('entities.patch', { type: 'Person', id: 'p-1', changes: { name: 'Renamed' } }, ctx);
      const waited = Date.now() - started;
      expect(refused).toMatchObject({ ok: false, error: { code: 'LOCKED', details: { file } } });
      if (refused.ok) return;
      expect(refused.error.message).toMatch(new RegExp(`^The database ${file} is locked by another program`));
      expect(waited).toBeGreaterThanOrEqual(BUSY_TIMEOUT_MS - 100);
      expect(waited).toBeLessThan(BUSY_TIMEOUT_MS * 2 + 2000);
      say(`patch waited ${waited} ms, then: ${refused.error.code} "${refused.error.message.slice(0, 70)}…"`);

      expect(await services.dispatch('entities.get', { type: 'Person', id: 'p-1' }, ctx)).toMatchObject({ ok: true, value: { name: 'Person 1', $version: 1 } });
      expect(await services.dispatch('entities.list', { type: 'Person', limit: 100 }, ctx)).toMatchObject({ ok: true, value: { items: expect.any(Array) } });
      const read = await cliRead;
      expect(read.code, read.stderr).toBe(0);
      expect(read.stdout.trim()).toBe('10');
      const write = await cliWrite;
      expect(write.code).toBe(1);
      expect(JSON.parse(write.stdout)).toMatchObject({ state: 'failed', created: 0, error: { code: 'LOCKED' } });
      expect(importFailure(write.stderr)).toMatch(new RegExp(`^Failed: The database ${file} is locked by another program`));
      say(`while locked: reads work (get, list; CLI query --count → ${read.stdout.trim()}); CLI import exit 1 "${importFailure(write.stderr).slice(0, 60)}…"`);

      holder.stdin.write('release\n');
      await printed(holder, 'RELEASED');
      const saved = await services.dispatch('entities.patch', { type: 'Person', id: 'p-1', changes: { name: 'Renamed' } }, ctx);
      expect(saved).toMatchObject({ ok: true, value: { name: 'Renamed', $version: 2 } });
      say('lock released: the same store saved the patch (version 2) without a restart');
    } finally {
      holder.kill();
      services.close();
    }
  });
});
