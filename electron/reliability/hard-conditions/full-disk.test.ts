/**
 * A full disk: the store lives on a small tmpfs, a ballast file takes most of the space, and
 * writes go on until SQLite reports SQLITE_FULL. That write fails as a typed DISK_FULL naming
 * the file; every write acknowledged before it is still there, the file passes its integrity
 * check, reads keep working, a CLI import says the same in one line, and once the ballast is
 * deleted the same open store writes again (no restart).
 */
import { mkdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openServices } from '../../app/services';
import { checkIntegrity } from '../../transfer/backup';
import { cli, importFailure, mountTmpfs, say, tempDir, unmount } from './support';

const dir = tempDir('full');
const mountPoint = join(dir, 'disk');
const ctx = { actor: 'hard-conditions', transport: 'test' as const };

afterAll(() => {
  unmount(mountPoint);
  rmSync(dir, { recursive: true, force: true });
});

/** Bytes free on the file system holding `path`. */
function freeBytes(path: string): number {
  const s = statfsSync(path);
  return s.bavail * s.bsize;
}

describe('a full disk', () => {
  it('a write that does not fit fails as DISK_FULL; nothing saved is lost; after space is freed the same store writes again', async () => {
    mkdirSync(mountPoint);
    if (!mountTmpfs(mountPoint, 'size=6m')) return;
    const file = join(mountPoint, 'studio.db');
    const services = openServices({ dbFile: file, mode: 'server' });
    try {
      await services.governance.ready;
      await services.store.createMany('Person', Array.from({ length: 30 }, (_, i) => ({ $id: `early-${i}`, name: `Early ${i}` })));
      const ballast = join(mountPoint, 'ballast.bin');
      writeFileSync(ballast, Buffer.alloc(Math.max(0, freeBytes(mountPoint) - 400 * 1024)));
      say(`tmpfs of 6 MiB at ${mountPoint}: 30 people stored, ballast leaves ${Math.round(freeBytes(mountPoint) / 1024)} KiB free`);

      const acked: string[] = [];
      let failure: { code: string; message: string; details?: Record<string, unknown> } | undefined;
      for (let i = 0; i < 5000 && !failure; i++) {
        const result = await services.dispatch('entities.create', { type: 'Person', data: { $id: `late-${i}`, name: `Late ${i}`, description: `${i} `.repeat(600) } }, ctx);
        if (result.ok) acked.push(`late-${i}`);
        else failure = result.error;
      }
      expect(failure, 'the disk never filled').toBeDefined();
      expect(failure).toMatchObject({ code: 'DISK_FULL', details: { file } });
      expect(failure!.message).toMatch(new RegExp(`^The disk is full: ${file} could not grow, so this change was not saved`));
      say(`${acked.length} writes acknowledged, then: ${failure!.code} "${failure!.message.slice(0, 80)}…"`);

      // Nothing saved is lost and the store still reads while the disk is full.
      const people = await services.dispatch('entities.types', {}, ctx);
      expect(people).toMatchObject({ ok: true, value: expect.arrayContaining([expect.objectContaining({ type: 'Person', count: 30 + acked.length })]) });
      for (const id of ['early-0', 'early-29', acked[0]!, acked.at(-1)!]) {
        expect(await services.dispatch('entities.get', { type: 'Person', id }, ctx), id).toMatchObject({ ok: true, value: { $id: id } });
      }
      expect(checkIntegrity(file)).toMatchObject({ ok: true, problems: ['ok'] });

      const input = join(dir, 'people.ndjson');
      writeFileSync(input, `${JSON.stringify({ name: 'Imported', description: 'x'.repeat(400_000) })}\n`);
      const imported = cli(['import', '--db', file, '--type', 'Person', input]);
      expect(imported.code).toBe(1);
      expect(JSON.parse(imported.stdout)).toMatchObject({ state: 'failed', created: 0, error: { code: 'DISK_FULL' } });
      expect(importFailure(imported.stderr)).toMatch(/^Failed: The disk is full: /);
      say(`CLI import while full: exit 1, "${importFailure(imported.stderr).slice(0, 70)}…"`);

      rmSync(ballast);
      const again = await services.dispatch('entities.create', { type: 'Person', data: { $id: 'after-free', name: 'After Free' } }, ctx);
      expect(again).toMatchObject({ ok: true, value: { $id: 'after-free' } });
      say(`ballast deleted (${Math.round(freeBytes(mountPoint) / 1024)} KiB free): the same store wrote "after-free" without a restart`);
      services.close();

      const reopened = openServices({ dbFile: file, mode: 'server' });
      try {
        await reopened.governance.ready;
        const ids = new Set((await reopened.store.list('Person', { limit: 10_000 })).map((p) => p.$id));
        const missing = [...Array.from({ length: 30 }, (_, i) => `early-${i}`), ...acked, 'after-free'].filter((id) => !ids.has(id));
        expect(missing).toEqual([]);
        expect(ids.size).toBe(30 + acked.length + 1);
      } finally {
        reopened.close();
      }
      expect(checkIntegrity(file)).toMatchObject({ ok: true });
      say(`reopened: all ${30 + acked.length + 1} acknowledged people present, integrity_check ok`);
    } finally {
      services.close();
    }
  });
});
