/**
 * A damaged database file: a file that is not SQLite at all, random bytes, a store cut in
 * half, and a store with some pages overwritten. Opening refuses with a typed CORRUPT error
 * naming the file and the way back (a backup, `semantic-studio check`), the CLI says so in one
 * line and exits 1, `serve` refuses to start, and the file's bytes stay as they were. Damage
 * that only shows later (pages in the middle) fails the reads that meet it, typed, while the
 * rest of the store keeps working.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StudioError } from '../../../shared/errors';
import { openServices } from '../../app/services';
import { cli, cliAsync, oneLine, say, sha256, tempDir } from './support';

const dir = tempDir('corrupt');
const ctx = { actor: 'hard-conditions', transport: 'test' as const };
let healthy: Buffer;

beforeAll(async () => {
  // A real store: a few organizations first (low row ids), then enough people to fill many pages.
  const file = join(dir, 'healthy.db');
  const services = openServices({ dbFile: file, mode: 'server' });
  await services.governance.ready;
  await services.store.createMany('Organization', Array.from({ length: 5 }, (_, i) => ({ $id: `org-${i}`, name: `Org ${i}` })));
  await services.store.createMany('Person', Array.from({ length: 2000 }, (_, i) => ({ $id: `p-${i}`, name: `Person ${i}`, description: 'x'.repeat(300) })));
  services.close();
  healthy = readFileSync(file);
  say(`made a healthy store of ${healthy.length} bytes (5 organizations, 2000 people)`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Opens the services on `file` and answers the error it throws. */
function openError(file: string): StudioError {
  try {
    openServices({ dbFile: file, mode: 'server' }).close();
  } catch (error) {
    return error as StudioError;
  }
  throw new Error(`${file} opened, but it is damaged`);
}

const damaged: Array<[string, () => Buffer]> = [
  ['a text file', () => Buffer.from('name,email\nAda,ada@example.com\n'.repeat(200))],
  ['random bytes', () => randomBytes(64 * 1024)],
  ['a store cut in half', () => healthy.subarray(0, Math.floor(healthy.length / 2))],
  ['a store whose header is overwritten', () => Buffer.concat([Buffer.alloc(100, 0x55), healthy.subarray(100)])],
];

describe('a damaged database file', () => {
  it.each(damaged)('%s: opening refuses with CORRUPT naming the file and the way back; the bytes stay as they were', (label, bytes) => {
    const file = join(dir, `${label.replace(/\W+/g, '-')}.db`);
    writeFileSync(file, bytes());
    const before = sha256(file);
    const error = openError(file);
    expect(error).toBeInstanceOf(StudioError);
    expect(error.code).toBe('CORRUPT');
    expect(error.message).toContain(file);
    expect(error.message).toContain('semantic-studio backup');
    expect(error.message).toContain(`semantic-studio check --db ${file}`);
    expect(error.message).not.toMatch(/\n|\bat .*\.ts:\d+/);
    expect(sha256(file)).toBe(before);
    say(`${label}: open refused with ${error.code}; file unchanged (sha256 ${before.slice(0, 12)}…)`);
  });

  it('the CLI prints one line and exits 1; serve refuses to start; nothing is written', async () => {
    for (const [label, bytes] of [damaged[2]!]) {
      const file = join(dir, `cli-${label.replace(/\W+/g, '-')}.db`);
      writeFileSync(file, bytes());
      const before = sha256(file);
      const [query, serve] = await Promise.all([cliAsync(['query', '--db', file, '--type', 'Person']), cliAsync(['serve', '--db', file, '--port', '0'])]);
      expect(query.code).toBe(1);
      expect(oneLine(query.stderr)).toMatch(new RegExp(`^semantic-studio: CORRUPT: The database ${file} cannot be read: .*semantic-studio check --db ${file}`));
      expect(query.stdout).toBe('');
      expect(serve.code).toBe(1);
      expect(oneLine(serve.stderr)).toContain('CORRUPT');
      expect(serve.stdout).not.toContain('Semantic Studio at');
      expect(sha256(file)).toBe(before);
      say(`${label}: query and serve exit 1 with "${oneLine(query.stderr).slice(0, 90)}…"; file unchanged`);
    }
  });

  it('damage in the middle: reads that meet it fail as CORRUPT (typed over the API), the rest works, check reports it', async () => {
    const file = join(dir, 'mid.db');
    writeFileSync(file, healthy);
    // The last leaf pages of the entities table hold the last people; overwrite ten of them.
    const db = new Database(file, { readonly: true });
    const pageSize = Number(db.pragma('page_size', { simple: true }));
    const leaves = db.prepare("SELECT pageno FROM dbstat WHERE name = 'entities' AND pagetype = 'leaf' ORDER BY path").pluck().all() as number[];
    db.close();
    const bytes = Buffer.from(healthy);
    for (const page of leaves.slice(-10)) bytes.fill(0xa5, (page - 1) * pageSize, page * pageSize);
    writeFileSync(file, bytes);

    const services = openServices({ dbFile: file, mode: 'server' });
    try {
      await services.governance.ready;
      const lost = await services.dispatch('entities.get', { type: 'Person', id: 'p-1999' }, ctx);
      expect(lost).toMatchObject({ ok: false, error: { code: 'CORRUPT', details: { file } } });
      const write = await services.dispatch('entities.patch', { type: 'Person', id: 'p-1999', changes: { name: 'Changed' } }, ctx);
      expect(write).toMatchObject({ ok: false, error: { code: 'CORRUPT' } });
      const org = await services.dispatch('entities.get', { type: 'Organization', id: 'org-1' }, ctx);
      expect(org).toMatchObject({ ok: true, value: { name: 'Org 1' } });
      const early = await services.dispatch('entities.get', { type: 'Person', id: 'p-3' }, ctx);
      expect(early).toMatchObject({ ok: true, value: { name: 'Person 3' } });
      say(`damaged ${leaves.slice(-10).length} of ${leaves.length} entity pages: get p-1999 → ${lost.ok ? 'ok' : lost.error.code}, patch → ${write.ok ? 'ok' : write.error.code}, org-1 and p-3 still read`);
    } finally {
      services.close();
    }
    const check = cli(['check', '--db', file]);
    expect(check.code).toBe(1);
    expect(JSON.parse(check.stdout)).toMatchObject({ ok: false });
    say(`check exits 1: ${oneLine(check.stderr).slice(0, 100)}…`);
  });
});
