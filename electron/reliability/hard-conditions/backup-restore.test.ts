/**
 * Backups under load (RELIABILITY.md R5): `semantic-studio backup` copies the store while
 * another process keeps writing; restoring the copy gives the store exactly as it was at one
 * moment. The writer only inserts (w-0, w-1, …), so "as it was at one moment" is checkable
 * table by table: the copy holds a gap-free prefix w-0 … w-k, every row it holds equals the
 * live store's row, and the live store has nothing else but the writes after w-k.
 */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openServices } from '../../app/services';
import { checkIntegrity } from '../../transfer/backup';
import { cli, printed, say, startTs, tempDir } from './support';

const dir = tempDir('backup');
const ctx = { actor: 'hard-conditions', transport: 'test' as const };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Tables whose rows the writer adds to (compared by entity), and derived ones (not compared row by row). */
const BY_ENTITY: Record<string, string> = { entities: 'id', audit_log: 'entity_id' };
const DERIVED = /^(entity_fts|sqlite_|type_counts$|locks$)/;

/** Rows of `table` in `from` that `other` lacks, limited to `where` (both attached to one connection). */
function rowsMissing(db: Database.Database, table: string, from: string, other: string, where = 'true'): number {
  const t = `"${table}"`;
  return db.prepare(`SELECT count(*) FROM (SELECT * FROM ${from}.${t} WHERE ${where} EXCEPT SELECT * FROM ${other}.${t})`).pluck().get() as number;
}

describe('backup and restore under load', () => {
  it('semantic-studio backup copies a consistent snapshot while another process writes; the restored store is identical to that moment and verifies', async () => {
    const file = join(dir, 'studio.db');
    const seed = openServices({ dbFile: file, mode: 'server' });
    await seed.governance.ready;
    await seed.store.createMany('Person', Array.from({ length: 3000 }, (_, i) => ({ $id: `seed-${i}`, name: `Seed ${i}`, description: 'lorem ipsum '.repeat(40) })));
    seed.close();

    const acks: Array<{ n: number; at: number }> = [];
    const writer = await startTs('steady-writer.ts', [file], 'READY', (line) => {
      const m = /^ACK (\d+) (\d+)$/.exec(line);
      if (m) acks.push({ n: Number(m[1]), at: Number(m[2]) });
    });
    const copy = join(dir, 'backup.db');
    let report: { integrity: { ok: boolean }; ms: number; bytes: number };
    let started: number;
    let ended: number;
    try {
      while (acks.length < 20) await new Promise((r) => setTimeout(r, 20));
      started = Date.now();
      const backup = cli(['backup', '--db', file, '--out', copy]);
      ended = Date.now();
      expect(backup.code, backup.stderr).toBe(0);
      report = JSON.parse(backup.stdout);
      const target = acks.length + 20;
      while (acks.length < target) await new Promise((r) => setTimeout(r, 20));
    } finally {
      writer.stdin.write('stop\n');
      await printed(writer, 'STOPPED').catch(() => undefined);
      writer.kill();
    }
    expect(report.integrity.ok).toBe(true);
    const during = acks.filter((a) => a.at >= started && a.at <= ended).length;
    expect(during, 'the writer kept committing while the backup ran').toBeGreaterThan(0);

    // The copy is one moment of the live store: a gap-free prefix of the writer's rows.
    const db = new Database(file, { readonly: true });
    db.exec(`ATTACH '${copy.replace(/'/g, "''")}' AS b`);
    const inCopy = (db.prepare("SELECT id FROM b.entities WHERE id LIKE 'w-%'").pluck().all() as string[]).map((id) => Number(id.slice(2))).sort((x, y) => x - y);
    const k = inCopy.at(-1) ?? -1;
    expect(inCopy).toEqual(Array.from({ length: k + 1 }, (_, i) => i));
    const total = db.prepare("SELECT count(*) FROM main.entities WHERE id LIKE 'w-%'").pluck().get() as number;
    expect(k + 1).toBeGreaterThan(acks.filter((a) => a.at < started).length - 1);
    expect(total).toBeGreaterThan(k + 1);

    // Table by table: every row of the copy is in the live store; the live store has nothing else but writes after w-k.
    const tables = db.prepare("SELECT name FROM b.sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[];
    const later = (column: string) => `${column} LIKE 'w-%' AND CAST(substr(${column}, 3) AS INTEGER) > ${k}`;
    const differences: string[] = [];
    let compared = 0;
    for (const table of tables.filter((t) => !DERIVED.test(t))) {
      compared += 1;
      const extraInCopy = rowsMissing(db, table, 'b', 'main');
      const column = BY_ENTITY[table];
      const missingFromCopy = rowsMissing(db, table, 'main', 'b', column ? `NOT (${later(column)})` : 'true');
      if (extraInCopy || missingFromCopy) differences.push(`${table}: ${extraInCopy} rows only in the copy, ${missingFromCopy} live rows (up to w-${k}) missing`);
    }
    const laterAudit = db.prepare(`SELECT count(*) FROM main.audit_log WHERE ${later('entity_id')}`).pluck().get() as number;
    db.close();
    expect(differences).toEqual([]);
    expect(laterAudit).toBe(total - (k + 1));
    say(`backup of ${(report.bytes / 1e6).toFixed(1)} MB in ${report.ms} ms while the writer committed (${during} acks during the command); snapshot = w-0…w-${k} of ${total}; ${compared} tables compared, 0 differences`);

    // Restore: the copy becomes the database of a fresh folder; check, open, verify the audit chain, search.
    const restoredDir = join(dir, 'restored');
    mkdirSync(restoredDir);
    const restored = join(restoredDir, 'studio.db');
    copyFileSync(copy, restored);
    // What `semantic-studio check` runs.
    expect(checkIntegrity(restored)).toMatchObject({ ok: true, problems: ['ok'] });
    const services = openServices({ dbFile: restored, mode: 'server' });
    try {
      await services.governance.ready;
      expect(await services.store.count('Person')).toBe(3000 + k + 1);
      expect(await services.dispatch('entities.get', { type: 'Person', id: `w-${k}` }, ctx)).toMatchObject({ ok: true, value: { name: `Writer ${k}` } });
      expect(await services.dispatch('audit.verify', {}, ctx)).toMatchObject({ ok: true, value: { ok: true } });
      const found = await services.store.search(`Writer ${k}`, { type: 'Person', limit: 5 });
      expect(found.map((e) => e.$id)).toContain(`w-${k}`);
    } finally {
      services.close();
    }
    say(`restored copy: integrity_check ok, ${3000 + k + 1} people, audit chain verifies, full-text search finds w-${k}`);
  });
});
