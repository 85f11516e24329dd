import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entityHandlers } from '../api/entity-handlers';
import { governanceHandlers } from '../api/governance-handlers';
import type { RequestContext } from '../api/context';
import { readOnlyGuard } from '../governance/read-only';
import { KEY_ENV_VAR } from '../governance/crypto/key-source';
import { openWorkspaceStore, resolveWorkspace, serviceOptionsFor, type OpenedWorkspace } from './open-workspace-store';

let dir: string;
let opened: OpenedWorkspace | undefined;
const ctx: RequestContext = { actor: 'tester', transport: 'test' };

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ws-open-'));
});
afterEach(() => {
  opened?.governed.close();
  opened = undefined;
  delete process.env[KEY_ENV_VAR];
  rmSync(dir, { recursive: true, force: true });
});

describe('serviceOptionsFor', () => {
  it('gives a workspace folder its migrations and a bare database file none', async () => {
    const none = { master: null, info: { source: 'none' as const, protected: false } };
    expect(serviceOptionsFor(await resolveWorkspace({ workspace: dir }), none)).toMatchObject({ dbFile: join(dir, 'studio.db'), migrationsDir: join(dir, 'migrations') });
    expect(serviceOptionsFor(await resolveWorkspace({ db: join(dir, 'x.db') }), none)).toMatchObject({ dbFile: join(dir, 'x.db'), migrationsDir: null });
  });
});

describe('openWorkspaceStore', () => {
  it('applies the configuration and the key of a workspace folder', async () => {
    writeFileSync(join(dir, 'studio.config.json'), JSON.stringify({ collections: { Person: { encrypted: ['ssn'], sanitize: { email: 'email' } } } }));
    process.env[KEY_ENV_VAR] = randomBytes(32).toString('hex');
    opened = await openWorkspaceStore({ workspace: dir });
    const p = await opened.governed.store.create('Person', { name: 'A', email: ' A@B.IO ', ssn: '1' });
    expect(p).toMatchObject({ email: 'a@b.io', ssn: '1' });
    expect(opened.governed.governance.keyState().info.source).toBe('env');
  });

  it('opens a workspace with a broken configuration read-only, saying why', async () => {
    writeFileSync(join(dir, 'studio.config.json'), '{ "collections": { "Person": { "retention": { "duration": "forever", "action": "delete" } } } }');
    opened = await openWorkspaceStore({ workspace: dir });
    const { governance } = opened.governed;
    expect(governance.readOnly).toBe(true);
    const entities = readOnlyGuard(entityHandlers(opened.governed.store), governance);
    await expect(entities['entities.create']({ type: 'Thing', data: { name: 'x' } }, ctx)).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('studio.config.json') });
    expect(await entities['entities.types']({}, ctx)).toEqual([]);
    const settings = governanceHandlers(governance, { migrationsDir: null, backupDir: join(dir, 'backups') });
    expect(await settings['settings.governance']({}, ctx)).toMatchObject({
      readOnly: true,
      configFile: join(dir, 'studio.config.json'),
      configProblems: [{ path: 'collections.Person.retention.duration', line: 1 }],
    });
  });
});
