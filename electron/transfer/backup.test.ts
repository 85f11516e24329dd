import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDatabase, checkIntegrity } from './backup';
import { openTestStore, type TestStore } from './testing-store';

let t: TestStore;
beforeEach(() => {
  t = openTestStore();
});
afterEach(() => t.dispose());

describe('backupDatabase', () => {
  it('copies a live store while writes go on, and the copy verifies and holds a consistent snapshot', async () => {
    await t.store.createMany('Person', Array.from({ length: 500 }, (_, i) => ({ $id: `p-${i}`, name: `Person ${i}` })));
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) {
        await t.store.create('Person', { name: `Late ${written}` });
        written += 1;
        await new Promise((r) => setImmediate(r));
      }
    })();
    const target = join(t.dir, 'backup.db');
    const report = await backupDatabase(t.file, target);
    writing = false;
    await writer;
    expect(written).toBeGreaterThan(0);
    expect(report.integrity).toMatchObject({ ok: true, problems: ['ok'] });
    expect(existsSync(`${target}.partial`)).toBe(false);
    const copy = new Database(target, { readonly: true });
    const people = copy.prepare("SELECT count(*) FROM entities WHERE type = 'Person'").pluck().get() as number;
    copy.close();
    expect(people).toBeGreaterThanOrEqual(500);
    expect(people).toBeLessThanOrEqual(500 + written);
    expect(await t.store.count('Person')).toBe(500 + written);
  });

  it('refuses a file that is not a database, and names what is wrong', async () => {
    const junk = join(t.dir, 'junk.db');
    writeFileSync(junk, Buffer.alloc(8192, 1));
    expect(checkIntegrity(junk)).toMatchObject({ ok: false, problems: [expect.stringMatching(/SQLITE_NOTADB/)] });
    await expect(backupDatabase(join(t.dir, 'missing.db'), join(t.dir, 'x.db'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
