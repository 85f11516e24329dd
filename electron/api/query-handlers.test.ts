import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryChannels } from '../../shared/channels/query';
import { lookup } from '../../renderer/test/descriptors';
import { openStore, type Store } from '../store';
import type { RequestContext } from './context';
import { queryHandlers } from './query-handlers';

type Channels = typeof queryChannels;
let store: Store;
let handlers: ReturnType<typeof queryHandlers>;
const ctx: RequestContext = { actor: 'tester', transport: 'test' };
const other: RequestContext = { actor: 'tester', transport: 'test', tenant: 'other' };

/** Calls a handler the way the dispatcher does: input parsed, output checked against the contract. */
async function call<K extends keyof Channels>(name: K, input: unknown, context = ctx) {
  const parsed = queryChannels[name].input.parse(input);
  const output = await (handlers[name] as (i: unknown, c: RequestContext) => Promise<unknown>)(parsed, context);
  return queryChannels[name].output.parse(output) as Awaited<ReturnType<(typeof handlers)[K]>>;
}

beforeAll(async () => {
  store = openStore({ file: ':memory:', ttlSweepMs: 0 });
  handlers = queryHandlers(store, { vocabulary: lookup });
  const orgs = ['Acme Inc', 'Globex', 'Initech'];
  await store.createMany(
    'Person',
    Array.from({ length: 3000 }, (_, i) => ({ $id: `p${String(i).padStart(5, '0')}`, name: `Person ${i}`, age: 20 + (i % 45), worksFor: { name: orgs[i % 3] } })),
  );
});
afterAll(() => store.close());

const acme = { 'worksFor.name': 'Acme Inc', age: { $gte: 30, $lte: 40 } };

describe('query.* handlers', () => {
  it('lists fields from the vocabulary and from data', async () => {
    const fields = new Map((await call('query.fields', { type: 'Person' })).map((f) => [f.path, f]));
    expect(fields.get('worksFor.name')).toMatchObject({ kind: 'text', source: 'both' });
    expect(fields.get('age')).toMatchObject({ kind: 'number', source: 'data' });
    expect(fields.get('birthDate')).toMatchObject({ kind: 'date', source: 'vocabulary' });
  });

  it('runs a query: first page, total count, time; records it as recent when asked', async () => {
    const result = await call('query.run', { type: 'Person', where: acme, orderBy: { name: 'asc' }, limit: 5, record: true });
    expect(result.count).toBe(Array.from({ length: 3000 }, (_, i) => i).filter((i) => i % 3 === 0 && 20 + (i % 45) >= 30 && 20 + (i % 45) <= 40).length);
    expect(result.items).toHaveLength(5);
    expect(result.items.map((p) => p.name)).toEqual([...result.items.map((p) => p.name as string)].sort());
    const recent = await call('query.recent', { kind: 'find' });
    expect(recent[0]).toMatchObject({ type: 'Person', body: { where: acme, orderBy: { name: 'asc' }, limit: 5 } });
    await call('query.run', { type: 'Person', where: acme, orderBy: { name: 'asc' }, limit: 5, record: true });
    expect(await call('query.recent', { kind: 'find' })).toHaveLength(1);
  });

  it('explains, suggests an index, creates it and shows explain change', async () => {
    const before = await call('query.explain', { type: 'Person', where: acme, orderBy: { name: 'asc' } });
    expect(before.usesIndex).toBe(false);
    expect(before.suggestion?.fields).toEqual(['worksFor.name', 'age']);
    expect(await call('query.suggestIndex', { type: 'Person', where: acme })).toMatchObject({ fields: ['worksFor.name', 'age'] });
    const created = await call('query.createIndex', { type: 'Person', where: acme, fields: before.suggestion!.fields });
    expect(created.before.usesIndex).toBe(false);
    expect(created.after.usesIndex).toBe(true);
    expect(created.indexes.some((name) => name.startsWith('ix_Person_worksFor_name__age'))).toBe(true);
    const after = await call('query.explain', { type: 'Person', where: acme });
    expect(after).toMatchObject({ usesIndex: true, suggestion: null });
  });

  it('keeps the collection settings when it adds an index', async () => {
    const tasks = store.collection('tasks', { type: 'Task', defaultFilters: { softDelete: true }, indexes: ['title'] });
    await tasks.create({ $id: 't1', title: 'a', done: false });
    await call('query.createIndex', { type: 'Task', where: { done: false }, fields: ['done'] });
    await tasks.delete('t1');
    expect(await store.count('Task', { deleted: 'only' })).toBe(1);
    expect((await store.explain('Task', { where: { title: 'a' } })).usesIndex).toBe(true);
  });

  it('aggregates and caps the rows returned', async () => {
    const result = await call('query.aggregate', { type: 'Person', pipeline: [{ $group: { _id: '$worksFor.name', n: { $sum: 1 } } }, { $sort: { _id: 1 } }], limit: 2 });
    expect(result).toMatchObject({ total: 3, rows: [{ _id: 'Acme Inc', n: 1000 }, { _id: 'Globex', n: 1000 }] });
    await expect(call('query.aggregate', { type: 'Person', pipeline: [{ $out: 'x' }] })).rejects.toMatchObject({ code: 'BAD_QUERY' });
  });

  it('saves, lists, replaces and deletes queries per tenant', async () => {
    const saved = await call('query.save', { name: 'Acme 30-40', kind: 'find', type: 'Person', body: { where: acme } });
    await call('query.save', { name: 'Acme 30-40', kind: 'find', type: 'Person', body: { where: acme, limit: 10 } });
    await call('query.save', { name: 'Theirs', kind: 'find', type: 'Person', body: {} }, other);
    const mine = await call('query.saved', {});
    expect(mine).toEqual([expect.objectContaining({ id: saved.id, name: 'Acme 30-40', body: { where: acme, limit: 10 } })]);
    expect((await call('query.saved', {}, other)).map((q) => q.name)).toEqual(['Theirs']);
    expect(await call('query.deleteSaved', { id: saved.id }, other)).toEqual({ deleted: false });
    expect(await call('query.deleteSaved', { id: saved.id })).toEqual({ deleted: true });
    expect(await call('query.saved', {})).toEqual([]);
  });
});

describe('personal data', () => {
  it('masks entities on the way out when given a mask', async () => {
    const masked = queryHandlers(store, { maskEntity: (e) => ({ ...e, name: '•••' }) });
    const result = await masked['query.run']({ type: 'Person', limit: 2, record: false }, ctx);
    expect(result.items.map((p) => p.name)).toEqual(['•••', '•••']);
  });
});
