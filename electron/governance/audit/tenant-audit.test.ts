/**
 * The audit trail of a tenant-scoped collection: every entry records the entity's tenant, the
 * system's own removals included, and a tenant reads only its own entries, even of an id that
 * another tenant used before.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkspaceConfigSchema } from '../../workspace/config-schema';
import { openGovernedStore, type GovernedStore } from '../open-governed-store';
import { AuditService } from './audit-service';
import { withRequest } from './request-scope';

const config = WorkspaceConfigSchema.parse({ collections: { Ticket: { tenantField: 'tenant', indexes: [{ fields: ['expires'], expireAfterSeconds: 60 }] } } });
let dir: string;
let g: GovernedStore;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tenant-audit-'));
  g = await openGovernedStore({ file: join(dir, 'studio.db'), ttlSweepMs: 0, governance: { config, retentionSweepMs: 0 } });
});
afterEach(() => {
  g.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs `fn` as a request of `tenant` (none: "All tenants"). */
function as<T>(tenant: string | undefined, fn: () => Promise<T>): Promise<T> {
  return withRequest({ actor: 'tester', transport: 'test', ...(tenant ? { tenant } : {}) }, fn);
}

describe('the audit trail of a tenant-scoped collection', () => {
  it('records a TTL removal for the entity’s tenant, shows it to that tenant only, and needs a tenant', async () => {
    await as('acme', () => g.store.create('Ticket', { $id: 't1', subject: 'printer on fire', expires: new Date(Date.now() - 120_000).toISOString() }));
    expect(await g.store.purgeExpired()).toBe(1);
    const audit = new AuditService(g.governance);
    const acme = await as('acme', () => audit.history('Ticket', 't1'));
    expect(acme.entries.map((e) => [e.action, e.actor, e.context.tenant])).toEqual([
      ['expire', 'system:ttl', 'acme'],
      ['create', 'tester', 'acme'],
    ]);
    expect((await as('globex', () => audit.history('Ticket', 't1'))).entries).toEqual([]);
    await expect(as(undefined, () => audit.history('Ticket', 't1'))).rejects.toMatchObject({ code: 'FORBIDDEN', details: { tenantScoped: true } });
  });

  it('keeps the history of an id removed for good with its first tenant when another takes the id', async () => {
    await as('acme', async () => {
      await g.store.create('Ticket', { $id: 't2', subject: 'acme only' });
      await g.store.patch('Ticket', 't2', { subject: 'acme secret' });
      await g.store.delete('Ticket', 't2', { force: true });
    });
    await as('globex', () => g.store.create('Ticket', { $id: 't2', subject: 'globex ticket' }));
    const audit = new AuditService(g.governance);
    const globex = await as('globex', () => audit.history('Ticket', 't2'));
    expect(globex.entries.map((e) => e.action)).toEqual(['create']);
    expect(JSON.stringify(await as('globex', () => audit.atVersion('Ticket', 't2', 2)))).not.toContain('acme');
    expect(JSON.stringify(await as('globex', () => audit.whoChanged('Ticket', 't2', 'subject')))).not.toContain('acme');
    expect((await as('acme', () => audit.history('Ticket', 't2'))).entries.map((e) => e.action)).toEqual(['delete', 'patch', 'create']);
  });
});
