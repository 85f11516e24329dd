import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { WorkspaceConfigSchema } from '../../workspace/config-schema';
import { openGovernedStore, type GovernedStore } from '../open-governed-store';
import { AuditService } from '../audit/audit-service';
import { LOCKED_VALUE } from './entity-crypto';

const config = WorkspaceConfigSchema.parse({
  collections: { Person: { pii: { email: { kind: 'email' } }, encrypted: ['ssn', 'email'] } },
});
const SSN = '078-05-1120';
const EMAIL = 'hidden.person@example.org';

let dir: string;
let file: string;
const master = randomBytes(32);
let open: GovernedStore[] = [];

async function openWith(key: Buffer | null): Promise<GovernedStore> {
  const g = await openGovernedStore({ file, ttlSweepMs: 0, governance: { config, master: key, retentionSweepMs: 0 } });
  open.push(g);
  return g;
}

function fileBytes(): Buffer {
  return Buffer.concat(readdirSync(dir).map((name) => readFileSync(join(dir, name))));
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'crypto-'));
  file = join(dir, 'studio.db');
});
afterEach(() => {
  for (const g of open) g.close();
  open = [];
  rmSync(dir, { recursive: true, force: true });
});

describe('encrypted fields at rest', () => {
  it('never writes the plaintext to the database file, its WAL, the audit log or the full-text index', async () => {
    const g = await openWith(master);
    const p = await g.store.create('Person', { $id: 'p1', name: 'Hidden Person', ssn: SSN, email: EMAIL });
    expect(p).toMatchObject({ ssn: SSN, email: EMAIL });
    await g.store.patch('Person', 'p1', { ssn: '078-05-1121' });
    await g.store.patch('Person', 'p1', { name: 'Still Hidden' });
    expect(await g.store.get('Person', 'p1')).toMatchObject({ ssn: '078-05-1121', email: EMAIL, name: 'Still Hidden' });
    expect(await g.store.search('hidden')).toHaveLength(1);
    expect(await g.store.search('example')).toHaveLength(0);
    g.close();
    open = [];
    const bytes = fileBytes();
    for (const secret of [SSN, '078-05-1121', EMAIL, 'hidden.person']) {
      expect(bytes.includes(Buffer.from(secret)), secret).toBe(false);
      expect(bytes.includes(Buffer.from(secret, 'utf16le')), secret).toBe(false);
    }
  });

  it('keeps stored ciphertext when another field changes, so the audit trail shows only real changes', async () => {
    const g = await openWith(master);
    await g.store.create('Person', { $id: 'p1', name: 'A', ssn: SSN });
    await g.store.patch('Person', 'p1', { name: 'B' });
    const history = await new AuditService(g.governance).history('Person', 'p1');
    expect(history.entries[0]!.changes).toEqual([{ field: 'name', oldValue: 'A', newValue: 'B' }]);
  });

  it('answers equality queries through the blind index, and refuses the rest', async () => {
    const g = await openWith(master);
    await g.store.create('Person', { $id: 'p1', name: 'A', ssn: SSN });
    await g.store.create('Person', { $id: 'p2', name: 'B', ssn: '111-22-3333' });
    await g.store.create('Person', { $id: 'p3', name: 'C' });
    const ids = async (where: Record<string, unknown>) => (await g.store.list('Person', { where })).map((e) => e.$id).sort();
    expect(await ids({ ssn: SSN })).toEqual(['p1']);
    expect(await ids({ ssn: { $in: [SSN, '111-22-3333'] } })).toEqual(['p1', 'p2']);
    expect(await ids({ ssn: { $ne: SSN } })).toEqual(['p2', 'p3']);
    expect(await ids({ $or: [{ ssn: '111-22-3333' }, { name: 'C' }] })).toEqual(['p2', 'p3']);
    expect(await ids({ ssn: { $exists: false } })).toEqual(['p3']);
    expect(await g.store.count('Person', { where: { ssn: SSN } })).toBe(1);
    await g.store.patch('Person', 'p1', { ssn: '999-99-9999' });
    expect(await ids({ ssn: SSN })).toEqual([]);
    await expect(g.store.list('Person', { where: { ssn: { $regex: '^078' } } })).rejects.toThrow(/only equality/);
    await expect(g.store.list('Person', { orderBy: { ssn: 'asc' } })).rejects.toThrow(/cannot be sorted/);
  });

  it('opens locked with a wrong or missing key, destroys nothing, and refuses new encrypted values', async () => {
    const g = await openWith(master);
    await g.store.create('Person', { $id: 'p1', name: 'A', ssn: SSN });
    g.close();
    open = [];
    const before = new Database(file, { readonly: true }).prepare("SELECT doc FROM entities WHERE id = 'p1'").pluck().get();

    for (const key of [randomBytes(32), null]) {
      const locked = await openWith(key);
      expect(locked.governance.keyState().key).toBeNull();
      expect(locked.governance.keyState().problem).toMatch(/locked/);
      expect(await locked.store.get('Person', 'p1')).toMatchObject({ ssn: LOCKED_VALUE });
      await expect(locked.store.patch('Person', 'p1', { ssn: '000-00-0000' })).rejects.toThrow(/no encryption key is available/);
      // Saving the entity back as read keeps the ciphertext.
      const read = await locked.store.get('Person', 'p1');
      await locked.store.update('Person', 'p1', { ...read!, name: 'A2' });
      locked.close();
      open = [];
    }
    const again = await openWith(master);
    expect(await again.store.get('Person', 'p1')).toMatchObject({ ssn: SSN, name: 'A2' });
    const after = new Database(file, { readonly: true }).prepare("SELECT json_extract(doc, '$.ssn') FROM entities WHERE id = 'p1'").pluck().get();
    expect(after).toBe(JSON.parse(before as string).ssn);
  });
});
