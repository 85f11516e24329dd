import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openGovernedStore, type GovernedStore } from '../open-governed-store';
import { auditEntries } from '../audit/audit-log';
import { migrateDown, migrateUp, migrationStatus, type MigrationPlace } from './runner';

let dir: string;
let g: GovernedStore;
let place: MigrationPlace;
const migrations = () => join(dir, 'migrations');

function write(name: string, body: string): void {
  mkdirSync(migrations(), { recursive: true });
  writeFileSync(join(migrations(), name), body);
}

async function open(): Promise<void> {
  g = await openGovernedStore({ file: join(dir, 'studio.db'), ttlSweepMs: 0, governance: { retentionSweepMs: 0 } });
  place = { store: g.store, dir: migrations(), backupDir: join(dir, 'backups'), actor: 'ops' };
}

/** The database's content: every row of every table, in order. */
function contentHash(file: string): string {
  const db = new Database(file, { readonly: true });
  const hash = createHash('sha256');
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'entity_fts%' ORDER BY name").pluck().all() as string[];
  for (const t of tables) hash.update(t).update(JSON.stringify(db.prepare(`SELECT * FROM "${t}" ORDER BY 1`).all()));
  db.close();
  return hash.digest('hex');
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'migrate-'));
  await open();
  await g.store.create('Person', { $id: 'p1', name: 'Ada King Lovelace', mail: 'ada@example.com' });
  await g.store.create('Person', { $id: 'p2', name: 'Alan Turing' });
});
afterEach(() => {
  g.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('workspace migrations', () => {
  it('applies pending migrations with a verified backup, records them, and reverts them', async () => {
    write('001-rename-mail.ts', `export const description = 'mail becomes email';
export async function up(db: any) { await db.renameField('Person', 'mail', 'email'); }
export async function down(db: any) { await db.renameField('Person', 'email', 'mail'); }
`);
    write('002-split-names.ts', `export async function up(db: any) { await db.splitName('Person'); await db.setDefault('Person', 'status', 'active'); }
export async function down(db: any) {
  for (const p of await db.list('Person')) { const { givenName, familyName, additionalName, status, ...rest } = p; await db.update('Person', p.$id, rest); }
}
`);
    expect((await migrationStatus(g.store, migrations())).pending.map((p) => p.id)).toEqual(['001-rename-mail', '002-split-names']);
    const up = await migrateUp(place);
    expect(up.applied).toEqual(['001-rename-mail', '002-split-names']);
    expect(existsSync(up.backup!)).toBe(true);
    const backup = new Database(up.backup!, { readonly: true });
    expect(backup.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(backup.prepare("SELECT json_extract(doc, '$.mail') FROM entities WHERE id = 'p1'").pluck().get()).toBe('ada@example.com');
    backup.close();
    expect(await g.store.get('Person', 'p1')).toMatchObject({ email: 'ada@example.com', givenName: 'Ada', additionalName: 'King', familyName: 'Lovelace', status: 'active' });
    const status = await migrationStatus(g.store, migrations());
    expect(status.applied.map((a) => a.id)).toEqual(['001-rename-mail', '002-split-names']);
    expect(status.pending).toEqual([]);
    const entry = (await g.store.connection((db) => auditEntries(db, 'p1')))[0];
    expect(entry).toMatchObject({ action: 'migrate', actor: 'ops', reason: '002-split-names (up)' });

    expect((await migrateDown(place)).reverted).toEqual(['002-split-names']);
    expect(await g.store.get('Person', 'p1')).not.toHaveProperty('givenName');
    expect((await migrateDown(place, { steps: 5 })).reverted).toEqual(['001-rename-mail']);
    expect(await g.store.get('Person', 'p1')).toMatchObject({ mail: 'ada@example.com' });
  });

  it('leaves the file exactly as it was, with integrity ok, when a migration fails', async () => {
    write('001-good.ts', `export async function up(db: any) { await db.setDefault('Person', 'status', 'active'); }\nexport async function down() {}\n`);
    write('002-bad.ts', `export async function up(db: any) { await db.patch('Person', 'p1', { name: 'half done' }); throw new Error('boom'); }\nexport async function down() {}\n`);
    const file = join(dir, 'studio.db');
    const checkpoint = () => g.store.connection((db) => db.pragma('wal_checkpoint(TRUNCATE)'));
    await checkpoint();
    const before = contentHash(file);
    const bytes = readFileSync(file);
    await expect(migrateUp(place)).rejects.toThrow(/Migration 002-bad \(up\) failed: boom\. Nothing was changed; a backup is at/);
    await checkpoint();
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(contentHash(file)).toBe(before);
    const check = new Database(file, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
    g.close();
    await open();
    expect((await migrationStatus(g.store, migrations())).applied).toEqual([]);
  });

  it('names a migration file that does not export up and down', async () => {
    write('001-broken.ts', 'export const up = 1;\n');
    await expect(migrateUp(place)).rejects.toThrow(/001-broken.ts must export functions up\(db\) and down\(db\)/);
  });
});
