/**
 * A database this process may not write. A read-only file (chmod 444, run as a user other
 * than its owner: root ignores file modes) opens read-only: reads work, every write is a
 * typed READ_ONLY error naming the file, the bytes stay as they were. In a read-only folder
 * (a tmpfs remounted read-only) SQLite cannot create the files it reads a WAL database
 * with, so opening refuses with READ_ONLY saying so, and again nothing changes.
 */
import { chmodSync, copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StudioError } from '../../../shared/errors';
import { openServices } from '../../app/services';
import { cli, cliAsync, importFailure, mountTmpfs, oneLine, remountReadOnly, runTsAsync, say, sha256, tempDir, unmount, unprivileged } from './support';

const dir = tempDir('readonly');
const source = join(dir, 'source.db');
const mountPoint = join(dir, 'ro-mount');

beforeAll(async () => {
  const services = openServices({ dbFile: source, mode: 'server' });
  await services.governance.ready;
  await services.store.createMany('Person', Array.from({ length: 40 }, (_, i) => ({ $id: `p-${i}`, name: `Person ${i}` })));
  // An entity past its TTL: a read-only open must not try to sweep it away (that write would fail its set-up).
  await services.store.collection('events', { type: 'Event', indexes: [{ field: 'startDate', expireAfterSeconds: 60 }] }).ready;
  await services.store.create('Event', { $id: 'old-event', name: 'Long ago', startDate: '2000-01-01T00:00:00Z' });
  services.close();
});
afterAll(() => {
  unmount(mountPoint);
  rmSync(dir, { recursive: true, force: true });
});

describe('a read-only database', () => {
  it('a read-only file opens read-only: reads work, each write is a typed READ_ONLY naming the file', async () => {
    const as = unprivileged();
    if (!as) return say('SKIPPED read-only file: running as root without setpriv, and root ignores file permissions');
    const folder = join(dir, 'file-444');
    mkdirSync(folder, { mode: 0o777 });
    chmodSync(folder, 0o777);
    const file = join(folder, 'studio.db');
    copyFileSync(source, file);
    chmodSync(file, 0o444);
    const before = sha256(file);
    const input = join(folder, 'people.ndjson');
    writeFileSync(input, '{"name":"Imported"}\n');
    chmodSync(input, 0o644);

    // The services, a CLI read and a CLI write, side by side, each as the user who may not write.
    const [child, count, write] = await Promise.all([
      runTsAsync('read-only-child.ts', [file], { as }),
      cliAsync(['query', '--db', file, '--type', 'Person', '--count'], { as }),
      cliAsync(['import', '--db', file, '--type', 'Person', input], { as }),
    ]);
    expect(child.code, child.stderr).toBe(0);
    const steps = Object.fromEntries(child.stdout.trim().split('\n').map((l) => JSON.parse(l) as { step: string; value: any }).map((s) => [s.step, s.value]));
    expect(steps.info.readOnly).toBe(true);
    expect(steps.list).toMatchObject({ ok: true });
    expect(steps.list.value.items).toHaveLength(40);
    for (const write of ['create', 'patch', 'saveQuery']) {
      expect(steps[write], write).toMatchObject({ ok: false, error: { code: 'READ_ONLY', details: { file } } });
      expect(steps[write].error.message).toMatch(new RegExp(`^The database is read-only: ${file} cannot be written`));
    }
    expect(steps.after).toMatchObject({ ok: true, value: { name: 'Person 1', $version: 1 } });
    expect(steps.expired).toMatchObject({ ok: true, value: { items: [{ $id: 'old-event' }] } });
    expect(sha256(file)).toBe(before);
    say(`as ${as.length ? 'nobody (setpriv)' : 'this user'}: chmod 444 file opened read-only; listed ${steps.list.value.items.length} people; create/patch/query.save → READ_ONLY; the expired event is left alone; file unchanged`);

    expect(count.code, count.stderr).toBe(0);
    expect(count.stdout.trim()).toBe('40');
    expect(write.code).toBe(1);
    expect(JSON.parse(write.stdout)).toMatchObject({ state: 'failed', created: 0, rejected: 0, error: { code: 'READ_ONLY' } });
    expect(importFailure(write.stderr)).toMatch(new RegExp(`^Failed: The database is read-only: ${file} cannot be written`));
    expect(sha256(file)).toBe(before);
    say(`CLI: query --count → 40; import → exit 1, "${importFailure(write.stderr).slice(0, 80)}…"`);
  });

  it('a read-only folder: opening refuses with READ_ONLY saying why; the file is untouched', () => {
    mkdirSync(mountPoint);
    if (!mountTmpfs(mountPoint, 'size=16m,mode=0777')) return;
    const file = join(mountPoint, 'studio.db');
    copyFileSync(source, file);
    remountReadOnly(mountPoint);
    const before = sha256(file);
    let error: unknown;
    try {
      openServices({ dbFile: file, mode: 'server' }).close();
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(StudioError);
    expect(error).toMatchObject({ code: 'READ_ONLY', details: { file } });
    expect((error as Error).message).toMatch(new RegExp(`^The database is read-only: ${file} is in a read-only folder`));
    const query = cli(['query', '--db', file, '--type', 'Person', '--count']);
    expect(query.code).toBe(1);
    expect(oneLine(query.stderr)).toMatch(/^semantic-studio: READ_ONLY: The database is read-only: .* is in a read-only folder/);
    expect(sha256(file)).toBe(before);
    say(`tmpfs remounted read-only: open and CLI query refuse with "${(error as Error).message.slice(0, 90)}…"; file unchanged`);
  });
});
