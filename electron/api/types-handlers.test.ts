import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ErrorData, Result } from '../../shared/errors';
import { WorkspaceConfigSchema } from '../workspace/config-schema';
import { ConfigError } from '../workspace/config-error';
import { openServices, type ServiceOptions, type Services } from '../app/services';
import type { RequestContext } from './context';

const ada: RequestContext = { actor: 'ada', transport: 'test' };
const bob: RequestContext = { actor: 'bob', transport: 'test' };
let dir: string;
let dbFile: string;
let services: Services;

async function call<T = unknown>(channel: string, input: unknown, ctx = ada): Promise<T> {
  const result = (await services.dispatch(channel, input, ctx)) as Result<T>;
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

async function refused(channel: string, input: unknown, ctx = ada): Promise<ErrorData> {
  const result = await services.dispatch(channel, input, ctx);
  if (result.ok) throw new Error(`${channel} was accepted: ${JSON.stringify(result.value)}`);
  return result.error;
}

const open = (extra: Partial<ServiceOptions> = {}) => openServices({ dbFile, mode: 'server', ...extra });

/** The reference document's Subscription, as a user would define it under a name of their own. */
const subscription2 = {
  name: 'Subscription2',
  extends: 'Intangible',
  description: 'A plan a customer pays for.',
  properties: {
    plan: { enum: ['basic', 'pro', 'enterprise'], required: true },
    status: { enum: ['active', 'cancelled'] },
    customer: { range: 'Person', multiplicity: 'single' },
    startDate: { range: 'Date', multiplicity: 'single' },
    mrr: { range: 'Number', multiplicity: 'single' },
  },
};

/** The rows of the custom type tables, read with a connection of their own. */
function tableRows(): { types: unknown[]; history: unknown[] } {
  const db = new Database(dbFile, { readonly: true });
  try {
    return { types: db.prepare('SELECT name, version FROM custom_types').all(), history: db.prepare('SELECT name, version, kind, actor FROM custom_type_history').all() };
  } finally {
    db.close();
  }
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'studio-types-'));
  dbFile = join(dir, 'studio.db');
  services = open();
});
afterEach(() => {
  services.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('types.define and its history', () => {
  it('stores version 1, then version 2 on a redefinition; the history has both, newest first, with actor and diff', async () => {
    expect(await call('types.define', { definition: subscription2 })).toEqual({ name: 'Subscription2', version: 1, changed: true });
    const next = { ...subscription2, properties: { ...subscription2.properties, seats: { range: 'Integer', multiplicity: 'single' }, status: { enum: ['active', 'cancelled', 'paused'] } } };
    expect(await call('types.define', { definition: next, expectedVersion: 1 }, bob)).toEqual({ name: 'Subscription2', version: 2, changed: true });

    const history = await call<{ versions: Array<Record<string, unknown>> }>('types.history', { name: 'Subscription2' });
    expect(history.versions.map((v) => [v.version, v.kind, v.actor])).toEqual([
      [2, 'update', 'bob'],
      [1, 'define', 'ada'],
    ]);
    expect(history.versions[0]?.diff).toEqual({
      added: ['seats'],
      removed: [],
      changed: [{ name: 'status', changes: [{ field: 'enum', oldValue: ['active', 'cancelled'], newValue: ['active', 'cancelled', 'paused'] }] }],
      other: [],
    });
    expect(history.versions[1]?.diff).toMatchObject({ added: ['plan', 'status', 'customer', 'startDate', 'mrr'], removed: [] });
    expect(await call('types.get', { name: 'Subscription2' })).toMatchObject({ version: 2, origin: 'database', updatedBy: 'bob', definition: { properties: { seats: { range: 'Integer' } } } });
    const listed = await call<Array<Record<string, unknown>>>('types.list', {});
    expect(listed.find((t) => t.name === 'Subscription2')).toMatchObject({ version: 2, origin: 'database', updatedBy: 'bob', propertyCount: 6, extends: 'Intangible' });
    expect(listed.find((t) => t.name === 'Metric')).toMatchObject({ origin: 'example', version: null });
  });

  it('a redefinition identical to the stored one makes no new version', async () => {
    await call('types.define', { definition: subscription2 });
    expect(await call('types.define', { definition: subscription2 })).toEqual({ name: 'Subscription2', version: 1, changed: false });
    expect(tableRows().history).toHaveLength(1);
  });

  it('answers CONFLICT for a stale expectedVersion and keeps the stored version', async () => {
    await call('types.define', { definition: subscription2 });
    await call('types.define', { definition: { ...subscription2, description: 'Changed by Bob' } }, bob);
    const stale = await refused('types.define', { definition: { ...subscription2, description: 'Changed by Ada' }, expectedVersion: 1 });
    expect(stale).toMatchObject({ code: 'CONFLICT', details: { expectedVersion: 1, version: 2 } });
    expect(await call('types.get', { name: 'Subscription2' })).toMatchObject({ version: 2, definition: { description: 'Changed by Bob' } });
    expect(await refused('types.define', { definition: { ...subscription2, name: 'Brand2New' }, expectedVersion: 3 })).toMatchObject({ code: 'CONFLICT' });
    expect(await call('types.define', { definition: { ...subscription2, name: 'Brand2New' }, expectedVersion: 0 })).toMatchObject({ version: 1 });
  });

  it('refuses an invalid definition with VALIDATION on its paths and stores nothing', async () => {
    const error = await refused('types.define', { definition: { name: 'Gadget', properties: { size: { range: 'Widgetish' }, colour: {} } } });
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toEqual([
      { path: ['properties', 'size', 'range'], message: 'Unknown type or data type Widgetish' },
      { path: ['properties', 'colour', 'range'], message: 'colour is not inherited, so it needs a range or an enum' },
    ]);
    expect(await refused('types.define', { definition: { name: 'Gadget', properties: { 'bad name': { range: 'Text' } } } })).toMatchObject({ code: 'VALIDATION', issues: [{ path: ['properties', 'bad name'] }] });
    expect(tableRows()).toEqual({ types: [], history: [] });
    expect(await refused('vocab.type', { name: 'Gadget' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refused('types.history', { name: 'Gadget' })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses a schema.org name with CONFLICT', async () => {
    expect(await refused('types.define', { definition: { name: 'Person', properties: { x: { range: 'Text' } } } })).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('schema.org') });
    expect(tableRows().types).toEqual([]);
  });
});

describe('a stored type is usable everywhere a schema.org type is', () => {
  it('validates and lists its entities at once, and shows in search and the hierarchy', async () => {
    await call('types.define', { definition: subscription2 });
    const bad = await refused('entities.create', { type: 'Subscription2', data: { plan: 'platinum' } });
    expect(bad).toMatchObject({ code: 'VALIDATION', issues: [{ path: ['plan'] }] });
    await call('entities.create', { type: 'Subscription2', data: { $id: 's1', plan: 'pro', status: 'active', mrr: 29 } });
    expect((await call<{ items: Array<{ $id: string }> }>('entities.list', { type: 'Subscription2' })).items.map((e) => e.$id)).toEqual(['s1']);
    expect(await call('entities.types', {})).toEqual([{ type: 'Subscription2', count: 1 }]);
    expect((await call<{ items: Array<{ name: string }> }>('vocab.searchTypes', { query: 'Subscription2', limit: 3 })).items[0]?.name).toBe('Subscription2');
    expect((await call<{ children: Array<{ name: string }> }>('vocab.hierarchy', { name: 'Intangible' })).children.map((c) => c.name)).toContain('Subscription2');
    expect(await call('vocab.type', { name: 'Subscription2' })).toMatchObject({ source: 'custom', ancestors: ['Intangible', 'Thing'] });
  });

  it('after a restart on the same file the type is still defined and its entities still validate', async () => {
    await call('types.define', { definition: subscription2 });
    await call('types.define', { definition: { ...subscription2, properties: { ...subscription2.properties, seats: { range: 'Integer' } } } });
    await call('entities.create', { type: 'Subscription2', data: { $id: 's1', plan: 'basic' } });
    services.close();

    services = open();
    // The very first call after opening: it must already see the stored type.
    await call('entities.create', { type: 'Subscription2', data: { $id: 's2', plan: 'enterprise', seats: 5 } });
    expect(await refused('entities.create', { type: 'Subscription2', data: { plan: 'pro', seats: 'five' } })).toMatchObject({ code: 'VALIDATION', issues: [{ path: ['seats'] }] });
    expect(await call('types.get', { name: 'Subscription2' })).toMatchObject({ version: 2, origin: 'database' });
    expect((await call<{ items: unknown[] }>('entities.list', { type: 'Subscription2' })).items).toHaveLength(2);
    expect((await call<{ versions: unknown[] }>('types.history', { name: 'Subscription2' })).versions).toHaveLength(2);
  });

  it('tells listeners when a type changes', async () => {
    const seen: unknown[] = [];
    services.events.subscribe((event, payload) => event === 'types.changed' && seen.push(payload));
    await call('types.define', { definition: subscription2 });
    await call('types.define', { definition: { ...subscription2, description: 'v2' } });
    expect(seen).toEqual([
      { name: 'Subscription2', version: 1, action: 'define' },
      { name: 'Subscription2', version: 2, action: 'update' },
    ]);
  });
});

describe('changes stored entities would not survive', () => {
  beforeEach(async () => {
    await call('types.define', { definition: subscription2 });
    await call('entities.create', { type: 'Subscription2', data: { $id: 's1', plan: 'basic', mrr: 9 } });
    await call('entities.create', { type: 'Subscription2', data: { $id: 's2', plan: 'pro', mrr: 29 } });
    await call('entities.create', { type: 'Subscription2', data: { $id: 's3', plan: 'pro' } });
  });

  it('refuses removing a used property, naming it and how many entities use it', async () => {
    const { mrr: _mrr, ...rest } = subscription2.properties;
    const error = await refused('types.define', { definition: { ...subscription2, properties: rest } });
    expect(error).toMatchObject({ code: 'CONFLICT', details: { usage: [{ property: 'mrr', change: 'removed', count: 2 }] }, issues: [{ path: ['properties', 'mrr'] }] });
    expect(error.message).toContain('mrr (removed): 2 stored entities affected');
    expect(await call('types.get', { name: 'Subscription2' })).toMatchObject({ version: 1 });
    // An unused property can go; adding one is always fine.
    const { startDate: _startDate, ...withoutStart } = subscription2.properties;
    expect(await call('types.define', { definition: { ...subscription2, properties: { ...withoutStart, notes: { range: 'Text' } } } })).toMatchObject({ version: 2 });
  });

  it('refuses narrowing an enumeration or a range in use, and making a property required that some lack', async () => {
    const narrowed = await refused('types.define', { definition: { ...subscription2, properties: { ...subscription2.properties, plan: { enum: ['pro', 'enterprise'], required: true } } } });
    // Only the entity holding the dropped value counts.
    expect(narrowed).toMatchObject({ code: 'CONFLICT', details: { usage: [{ property: 'plan', change: 'range no longer accepts basic', count: 1 }] } });
    expect(await call('types.define', { definition: { ...subscription2, properties: { ...subscription2.properties, plan: { enum: ['basic', 'pro'], required: true } } } })).toMatchObject({ version: 2 });
    const retyped = await refused('types.define', { definition: { ...subscription2, properties: { ...subscription2.properties, mrr: { range: 'Integer', multiplicity: 'single' } } } });
    expect(retyped).toMatchObject({ code: 'CONFLICT', details: { usage: [{ property: 'mrr', change: 'range no longer accepts Number', count: 2 }] } });
    const required = await refused('types.define', { definition: { ...subscription2, properties: { ...subscription2.properties, mrr: { range: 'Number', multiplicity: 'single', required: true } } } });
    expect(required).toMatchObject({ code: 'CONFLICT', details: { usage: [{ property: 'mrr', change: 'now required', count: 1 }] } });
    expect(tableRows().history).toHaveLength(2);
  });

  it('counts entities in the trash too, and lets force: true change the type anyway', async () => {
    await services.store.collection('Subscription2', { type: 'Subscription2', defaultFilters: { softDelete: true } }).ready;
    await call('entities.delete', { type: 'Subscription2', id: 's1' });
    await call('entities.delete', { type: 'Subscription2', id: 's2', force: true });
    expect(await call('entities.count', { type: 'Subscription2', where: { mrr: { $exists: true } } })).toBe(0);
    const { mrr: _mrr, ...rest } = subscription2.properties;
    // s1 sits in the trash with its mrr: restoring it must not meet a type that refuses it.
    expect(await refused('types.define', { definition: { ...subscription2, properties: rest } })).toMatchObject({
      code: 'CONFLICT',
      details: { usage: [{ property: 'mrr', change: 'removed', count: 1 }] },
    });
    expect(await call('types.define', { definition: { ...subscription2, properties: rest }, force: true })).toEqual({ name: 'Subscription2', version: 2, changed: true });
    // The stored entity is still readable; writes follow the new definition.
    const trash = await call<{ items: Array<Record<string, unknown>> }>('entities.list', { type: 'Subscription2', deleted: 'only' });
    expect(trash.items).toMatchObject([{ $id: 's1', mrr: 9 }]);
    expect(await refused('entities.create', { type: 'Subscription2', data: { plan: 'pro', mrr: 1 } })).toMatchObject({ code: 'VALIDATION', issues: [{ path: ['mrr'] }] });
  });
});

describe('types.delete', () => {
  it('is refused with the count while entities of the type exist, then deletes and keeps the history', async () => {
    await call('types.define', { definition: subscription2 });
    await call('entities.create', { type: 'Subscription2', data: { $id: 's1', plan: 'pro' } });
    await call('entities.create', { type: 'Subscription2', data: { $id: 's2', plan: 'pro' } });
    const error = await refused('types.delete', { name: 'Subscription2' });
    expect(error).toMatchObject({ code: 'CONFLICT', details: { count: 2 } });
    expect(error.message).toContain('2 stored entities are of this type');
    expect(await refused('types.delete', { name: 'Subscription2', expectedVersion: 7 })).toMatchObject({ code: 'CONFLICT' });

    await call('entities.delete', { type: 'Subscription2', id: 's1', force: true });
    await call('entities.delete', { type: 'Subscription2', id: 's2', force: true });
    expect(await call('types.delete', { name: 'Subscription2', expectedVersion: 1 }, bob)).toEqual({ name: 'Subscription2', version: 2 });
    expect(await refused('vocab.type', { name: 'Subscription2' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refused('entities.create', { type: 'Subscription2', data: { plan: 'pro' } })).toMatchObject({ code: 'VALIDATION' });
    const history = await call<{ versions: Array<Record<string, unknown>> }>('types.history', { name: 'Subscription2' });
    expect(history.versions.map((v) => [v.version, v.kind, v.actor])).toEqual([
      [2, 'delete', 'bob'],
      [1, 'define', 'ada'],
    ]);
    expect(history.versions[0]?.diff).toMatchObject({ removed: ['plan', 'status', 'customer', 'startDate', 'mrr'] });
    // Defined again, numbering goes on.
    expect(await call('types.define', { definition: subscription2, expectedVersion: 0 })).toMatchObject({ version: 3 });
  });

  it('is refused while another custom type extends it, and for schema.org and example types', async () => {
    await call('types.define', { definition: subscription2 });
    await call('types.define', { definition: { name: 'TeamSubscription', extends: 'Subscription2', properties: { team: { range: 'Text' } } } });
    expect(await refused('types.delete', { name: 'Subscription2' })).toMatchObject({ code: 'CONFLICT', details: { dependents: ['TeamSubscription'] } });
    expect(await refused('types.delete', { name: 'Person' })).toMatchObject({ code: 'CONFLICT' });
    expect(await refused('types.delete', { name: 'Metric' })).toMatchObject({ code: 'CONFLICT', details: { origin: 'example' } });
    expect(await refused('types.delete', { name: 'Nothing' })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses a parent change that would break a stored subtype', async () => {
    await call('types.define', { definition: subscription2 });
    await call('types.define', { definition: { name: 'TeamSubscription', extends: 'Subscription2', properties: { plan: { required: false } } } });
    const { plan: _plan, ...rest } = subscription2.properties;
    expect(await refused('types.define', { definition: { ...subscription2, properties: rest } })).toMatchObject({ code: 'CONFLICT', details: { dependents: ['TeamSubscription'] } });
  });
});

describe('where definitions come from', () => {
  it('a stored redefinition of a shipped example replaces it, also after a restart', async () => {
    await call('entities.create', { type: 'Subscription', data: { $id: 'sub-1', plan: 'basic', status: 'active', customer: 'p1', startDate: '2024-01-01', price: 9 } });
    const example = (await call<{ definition: { properties: Record<string, unknown> } }>('types.get', { name: 'Subscription' })).definition;
    const { seats: _seats, ...kept } = example.properties;
    // The example's stored entity uses `plan: basic`: dropping basic is refused, dropping the unused seats is not.
    expect(await refused('types.define', { definition: { ...example, properties: { ...kept, plan: { enum: ['pro'], required: true } } } })).toMatchObject({ code: 'CONFLICT' });
    expect(await call('types.define', { definition: { ...example, properties: kept } })).toMatchObject({ version: 1 });
    services.close();
    services = open();
    expect(await call('types.get', { name: 'Subscription' })).toMatchObject({ origin: 'database', version: 1 });
    expect(await refused('entities.create', { type: 'Subscription', data: { plan: 'pro', status: 'active', customer: 'p1', startDate: '2024-01-01', price: 29, seats: 3 } })).toMatchObject({ code: 'VALIDATION', issues: [{ path: ['seats'] }] });
  });

  it("the workspace configuration's types win: changing them here is refused, an older stored one is kept unused", async () => {
    await call('types.define', { definition: { name: 'SupportCase', properties: { priority: { enum: ['urgent'] } } } });
    services.close();
    const config = WorkspaceConfigSchema.parse({ types: [{ name: 'SupportCase', properties: { priority: { enum: ['low', 'high'] } } }] });
    services = open({ governance: { config } });
    expect(await refused('types.define', { definition: { name: 'SupportCase', properties: { priority: { enum: ['low'] } } } })).toMatchObject({ code: 'CONFLICT', details: { origin: 'workspace' } });
    expect(await refused('types.delete', { name: 'SupportCase' })).toMatchObject({ code: 'CONFLICT' });
    expect((await call<Array<Record<string, unknown>>>('types.list', {})).find((t) => t.name === 'SupportCase')).toMatchObject({
      origin: 'workspace',
      version: null,
      problem: 'Stored version 1 is not used: the workspace configuration declares SupportCase',
    });
    await call('entities.create', { type: 'SupportCase', data: { priority: 'high' } });
    expect(await refused('entities.create', { type: 'SupportCase', data: { priority: 'urgent' } })).toMatchObject({ code: 'VALIDATION' });
  });

  it('a broken workspace configuration makes the type channels read-only', async () => {
    services.close();
    services = open({ governance: { configError: new ConfigError('studio.config.json', [{ path: 'types', message: 'broken' }]), configFile: 'studio.config.json' } });
    expect(await refused('types.define', { definition: subscription2 })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused('types.delete', { name: 'Subscription2' })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await call('types.list', {})).toHaveLength(3);
  });
});
