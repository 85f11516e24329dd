import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDispatch, type Dispatch } from '../../api/dispatch';
import { entityHandlers } from '../../api/entity-handlers';
import { governanceHandlers } from '../../api/governance-handlers';
import type { Handlers } from '../../api/handlers';
import type { RequestContext } from '../../api/context';
import { WorkspaceConfigSchema } from '../../workspace/config-schema';
import { openGovernedStore, type GovernedStore } from '../open-governed-store';
import { audited } from '../audit/request-scope';
import { readOnlyGuard } from '../read-only';
import { masked } from './masked-handlers';

const config = WorkspaceConfigSchema.parse({ collections: { Person: { pii: ['ssn', 'notes'], encrypted: ['ssn'], indexes: [{ fields: ['email'], unique: true }] } } });
const ctx: RequestContext = { actor: 'tester', transport: 'http', ip: '127.0.0.1', userAgent: 'test-agent' };

let dir: string;
let g: GovernedStore;
let call: (channel: string, input: unknown) => Promise<unknown>;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'masked-'));
  g = await openGovernedStore({ file: join(dir, 'studio.db'), ttlSweepMs: 0, governance: { config, master: randomBytes(32), retentionSweepMs: 0 } });
  const handlers = {
    ...audited(masked(readOnlyGuard(entityHandlers(g.store), g.governance), g.governance)),
    ...audited(governanceHandlers(g.governance, { migrationsDir: null, backupDir: join(dir, 'backups') })),
  } as unknown as Handlers;
  const dispatch: Dispatch = createDispatch(handlers);
  call = async (channel, input) => {
    const result = await dispatch(channel, input, ctx);
    if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
    return result.value;
  };
});
afterEach(() => {
  g.close();
  rmSync(dir, { recursive: true, force: true });
});

const emailArb = fc.tuple(fc.stringMatching(/^[a-z]{4,10}$/), fc.stringMatching(/^[a-z]{3,8}$/)).map(([u, d]) => `${u}@${d}.example`);
const phoneArb = fc.stringMatching(/^\+1555\d{7}$/);
const ssnArb = fc.stringMatching(/^\d{3}-\d{2}-\d{4}$/);

describe('masked handlers', () => {
  it('never return plaintext personal data from any read, and reveal it only for a reason, audited', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(emailArb, phoneArb, ssnArb, fc.stringMatching(/^[A-Z][a-z]{6,12} secret$/), async (email, telephone, ssn, notes) => {
        const id = `p${n++}`;
        const secrets = [email, telephone, ssn, notes];
        const created = await call('entities.create', { type: 'Person', data: { $id: id, name: 'Pat Doe', email, telephone, ssn, notes, birthDate: '1980-02-03' } });
        await call('entities.patch', { type: 'Person', id, changes: { jobTitle: 'Analyst', notes: `${notes} 2` } });
        const answers = [
          created,
          await call('entities.get', { type: 'Person', id }),
          await call('entities.list', { type: 'Person', where: { $id: id } }),
          await call('entities.search', { text: 'Pat' }),
          await call('audit.history', { type: 'Person', id }),
          await call('audit.at', { type: 'Person', id, version: 1 }),
          await call('audit.compare', { type: 'Person', id, from: 1, to: 2 }),
          await call('audit.whoChanged', { type: 'Person', id, field: 'notes' }),
          await call('audit.revertPreview', { type: 'Person', id, version: 1 }),
        ];
        const text = JSON.stringify(answers);
        for (const secret of [...secrets, '1980-02-03']) expect(text).not.toContain(secret);
        expect(text).toContain(`${email[0]}***@`);
      }),
      { numRuns: 25 },
    );
  });

  it('reveals with a reason and records the reveal in the audit trail', async () => {
    await call('entities.create', { type: 'Person', data: { $id: 'p1', name: 'Pat', email: 'pat@example.com', ssn: '123-45-6789' } });
    await expect(call('audit.reveal', { type: 'Person', id: 'p1', fields: ['email'], reason: '' })).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(await call('audit.reveal', { type: 'Person', id: 'p1', fields: ['email', 'ssn'], reason: 'customer called to verify' })).toEqual({
      values: { email: 'pat@example.com', ssn: '123-45-6789' },
    });
    const { entries } = (await call('audit.history', { type: 'Person', id: 'p1' })) as { entries: Array<Record<string, unknown>> };
    expect(entries[0]).toMatchObject({ action: 'reveal', actor: 'tester', reason: 'customer called to verify', changes: [{ field: 'email' }, { field: 'ssn' }], context: { ip: '127.0.0.1', userAgent: 'test-agent' } });
  });

  it('keeps stored values when a form saves masked values back unchanged', async () => {
    await call('entities.create', { type: 'Person', data: { $id: 'p1', name: 'Pat', email: 'pat@example.com', ssn: '123-45-6789' } });
    const shown = (await call('entities.get', { type: 'Person', id: 'p1' })) as Record<string, unknown>;
    expect(shown.$masked).toEqual(['email', 'ssn']);
    const { $type, $id, $version, $createdAt, $updatedAt, ...data } = shown;
    await call('entities.update', { type: 'Person', id: 'p1', data: { ...data, name: 'Pat Lee' } });
    expect(await call('audit.reveal', { type: 'Person', id: 'p1', fields: ['email', 'ssn'], reason: 'check the save kept them' })).toEqual({
      values: { email: 'pat@example.com', ssn: '123-45-6789' },
    });
  });

  it('masks personal data that error messages quote', async () => {
    await call('entities.create', { type: 'Person', data: { $id: 'p1', name: 'A', email: 'taken@example.com' } });
    const error = (await call('entities.create', { type: 'Person', data: { $id: 'p2', name: 'B', email: 'taken@example.com' } }).catch((e: unknown) => e)) as Record<string, unknown>;
    expect(error.code).toBe('UNIQUE');
    expect(JSON.stringify(error)).not.toContain('taken@example.com');
    expect(String(error.message)).toContain('t***@example.com');
  });
});
