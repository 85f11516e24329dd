import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkspaceConfigSchema } from '../../workspace/config-schema';
import { openGovernedStore, type GovernedStore } from '../open-governed-store';
import { verifyAuditChain } from '../audit/audit-log';
import { AuditService } from '../audit/audit-service';
import { fieldKeyFrom } from './field-key';
import { rotateKey } from './rotate-key';
import { LOCKED_VALUE } from './entity-crypto';

const config = WorkspaceConfigSchema.parse({ collections: { Person: { encrypted: ['ssn'] } } });
let dir: string;
let opened: GovernedStore[] = [];
const oldKey = randomBytes(32);
const newKey = randomBytes(32);

async function open(master: Buffer): Promise<GovernedStore> {
  const g = await openGovernedStore({ file: join(dir, 'studio.db'), ttlSweepMs: 0, governance: { config, master, retentionSweepMs: 0 } });
  opened.push(g);
  return g;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rotate-'));
});
afterEach(() => {
  for (const g of opened) g.close();
  opened = [];
  rmSync(dir, { recursive: true, force: true });
});

describe('rotateKey', () => {
  it('re-encrypts entities, audit copies and blind indexes under the new key', async () => {
    const g = await open(oldKey);
    await g.store.create('Person', { $id: 'p1', name: 'A', ssn: '111-11-1111' });
    await g.store.patch('Person', 'p1', { ssn: '222-22-2222' });
    const result = await rotateKey(g.governance.raw(), g.governance.policy().encryptedTypes(), fieldKeyFrom(oldKey), fieldKeyFrom(newKey));
    expect(result).toEqual({ entities: 1, values: 1, auditValues: 3 });
    g.close();
    opened = [];

    const withOld = await open(oldKey);
    expect(await withOld.store.get('Person', 'p1')).toMatchObject({ ssn: LOCKED_VALUE });
    withOld.close();
    opened = [];

    const withNew = await open(newKey);
    expect(await withNew.store.get('Person', 'p1')).toMatchObject({ ssn: '222-22-2222', $version: 2 });
    expect((await withNew.store.list('Person', { where: { ssn: '222-22-2222' } })).map((e) => e.$id)).toEqual(['p1']);
    expect((await new AuditService(withNew.governance).atVersion('Person', 'p1', 1))?.ssn).toBe('111-11-1111');
    expect(await withNew.store.connection((db) => verifyAuditChain(db))).toMatchObject({ ok: true });
  });

  it('changes nothing when it fails part way', async () => {
    const g = await open(oldKey);
    await g.store.create('Person', { $id: 'p1', name: 'A', ssn: '111-11-1111' });
    await expect(rotateKey(g.governance.raw(), g.governance.policy().encryptedTypes(), fieldKeyFrom(randomBytes(32)), fieldKeyFrom(newKey))).rejects.toThrow(/encrypted with key/);
    expect(await g.store.get('Person', 'p1')).toMatchObject({ ssn: '111-11-1111' });
  });
});
