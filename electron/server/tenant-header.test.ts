/**
 * Server mode carries the tenant of each call in the `X-Studio-Tenant` header: a real server
 * over real services with a tenant-scoped Person collection. Each tenant sees only its own
 * people; a call without a tenant is refused on the scoped type; a malformed header is a 400
 * VALIDATION naming the header, and the call never runs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openServices, type Services } from '../app/services';
import { WorkspaceConfigSchema } from '../workspace/config-schema';
import { startServer, type RunningServer } from './http-server';

const TOKEN = 'tenant-header-test-token-123456';
let dir: string;
let services: Services;
let server: RunningServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'studio-tenant-header-'));
  const config = WorkspaceConfigSchema.parse({
    extend: { Person: { properties: { tenant: { range: 'Tenant', multiplicity: 'single', description: 'The tenant.' } } } },
    collections: { Person: { tenantField: 'tenant' } },
  });
  services = openServices({ dbFile: join(dir, 'studio.db'), mode: 'server', governance: { config, retentionSweepMs: 0 } });
  server = await startServer({ dispatch: services.dispatch, events: services.events, staticDir: dir, token: TOKEN, host: '127.0.0.1', port: 0, actor: 'tester' });
});

afterAll(async () => {
  await server?.close();
  services?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function post(channel: string, input: unknown, tenant?: string): Promise<{ status: number; body: { ok: boolean; value?: any; error?: any } }> {
  const headers: Record<string, string> = { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' };
  if (tenant !== undefined) headers['X-Studio-Tenant'] = tenant;
  const response = await fetch(new URL(`/api/${channel}`, server.url), { method: 'POST', headers, body: JSON.stringify(input) });
  return { status: response.status, body: await response.json() };
}

describe('the X-Studio-Tenant header', () => {
  it('scopes every call to the tenant it names', async () => {
    const acme = await post('entities.create', { type: 'Person', data: { $id: 'ann', name: 'Ann Acme' } }, 'tenant-acme');
    expect(acme.body.value).toMatchObject({ $id: 'ann', tenant: 'tenant-acme' });
    const globex = encodeURIComponent('Globex Ø');
    expect((await post('entities.create', { type: 'Person', data: { $id: 'bob', name: 'Bob Globex' } }, globex)).body.value).toMatchObject({ tenant: 'Globex Ø' });

    const acmeList = await post('entities.list', { type: 'Person' }, 'tenant-acme');
    expect(acmeList.body.value.items.map((p: { $id: string }) => p.$id)).toEqual(['ann']);
    expect((await post('entities.get', { type: 'Person', id: 'ann' }, globex)).body).toEqual({ ok: true, value: null });
    const patch = await post('entities.patch', { type: 'Person', id: 'ann', changes: { jobTitle: 'Spy' } }, globex);
    expect(patch).toMatchObject({ status: 404, body: { ok: false, error: { code: 'NOT_FOUND' } } });
  });

  it('without a tenant, a tenant-scoped type is closed (403), and its count is not given', async () => {
    const list = await post('entities.list', { type: 'Person' });
    expect(list.status).toBe(403);
    expect(list.body.error).toMatchObject({ code: 'FORBIDDEN', details: { type: 'Person' } });
    const types = await post('entities.types', {});
    expect(types.body.value).toContainEqual({ type: 'Person', count: 0, tenantScoped: true });
    expect((await post('entities.types', {}, 'tenant-acme')).body.value).toContainEqual({ type: 'Person', count: 1, tenantScoped: true });
  });

  it.each([
    ['a control character', '%01acme'],
    ['broken percent-encoding', '%E0%A4%A'],
    ['an over-long id', 'x'.repeat(300)],
  ])('answers 400 VALIDATION for %s, and the call does not run', async (_name, header) => {
    // Organization is not tenant-scoped: without the header check this create would succeed.
    const before = await services.store.count('Organization');
    const result = await post('entities.create', { type: 'Organization', data: { name: 'Evil Corp' } }, header);
    expect(result.status).toBe(400);
    expect(result.body.error).toMatchObject({ code: 'VALIDATION', issues: [{ path: ['X-Studio-Tenant'] }] });
    expect(await services.store.count('Organization')).toBe(before);
  });
});
