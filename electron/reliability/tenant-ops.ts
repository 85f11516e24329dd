/**
 * The operations of the tenant isolation test, one per kind. Each calls channels as the
 * world's tenant (or as none) and checks the answers against the rows as stored: reads
 * answer exactly the caller's entities, calls aimed at another tenant's ids are refused.
 * That nothing of another tenant changed and that no answer carries another tenant's
 * marker is checked around every operation by the test itself.
 */
import { expect } from 'vitest';
import Papa from 'papaparse';
import type { Entity } from '../../shared/entity';
import type { ErrorCode, Result } from '../../shared/errors';
import { choose, TYPE, type Row } from './tenant-world';

/** One generated operation: its kind and the random choices it resolves against the stored rows. */
export interface Op {
  kind: Kind;
  actor: number;
  pick: number;
  word: number;
  title: number;
  foreign: boolean;
  format: number;
  noTenant: boolean;
}

/** What an operation sees: its tenant, the stored rows, the test's ownership model and a way to call. */
export interface World {
  tenant: string | undefined;
  /** The other tenants of this sequence. */
  others: string[];
  rows: Row[];
  owner: Map<string, string>;
  /** Ids removed for good, free to be taken again, with the tenant that had them. */
  freed: Array<{ id: string; tenant: string }>;
  /** Calls as the world's tenant; markers in `sent` were sent earlier by the caller itself. */
  call(channel: string, input: unknown, sent?: unknown): Promise<Result<unknown>>;
  /** Calls as another tenant. */
  callAs(tenant: string | undefined, channel: string, input: unknown): Promise<Result<unknown>>;
  refused(): void;
}

const WORDS = ['amber', 'basalt', 'cobalt', 'dune'];
const TITLES = ['Analyst', 'Engineer', 'Nurse'];
const FORMATS = ['json', 'ndjson', 'jsonld', 'csv'] as const;
let serial = 0;

function value<T>(result: Result<unknown>, what: string): T {
  if (!result.ok) throw new Error(`${what} failed: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

function refusal(w: World, result: Result<unknown>, codes: ErrorCode[], what: string): void {
  expect(result.ok, `${what} must be refused`).toBe(false);
  if (!result.ok) expect(codes, `${what}: ${result.error.code} ${result.error.message}`).toContain(result.error.code);
  w.refused();
}

/** Without a tenant a tenant-scoped type is closed: FORBIDDEN. */
function closed(w: World, result: Result<unknown>, what: string): boolean {
  if (w.tenant !== undefined) return false;
  refusal(w, result, ['FORBIDDEN'], `${what} without a tenant`);
  return true;
}

const mine = (w: World, live = true): Row[] => w.rows.filter((r) => r.tenant === w.tenant && (!live || !r.deleted));
const theirs = (w: World): Row[] => w.rows.filter((r) => r.tenant !== w.tenant);
const sorted = (ids: string[]): string[] => [...ids].sort();

/** The id an operation aims at: one of the caller's (live) entities, or another tenant's. */
function target(w: World, op: Op, live = true): { id: string; foreign: boolean } {
  const pool = op.foreign || w.tenant === undefined ? theirs(w) : mine(w, live);
  const row = choose(pool, op.pick);
  return row ? { id: row.id, foreign: row.tenant !== w.tenant } : { id: 'nobody-here', foreign: true };
}

/** A Person of the caller's; every text value carries the tenant's marker. */
function person(w: World, op: Op, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const n = ++serial;
  const t = w.tenant ?? 'none';
  const word = WORDS[op.word]!;
  // A reference may point at another tenant's person: it must not make either visible to the other.
  const knows = choose(w.rows, op.pick + 1)?.id;
  return {
    name: `${word[0]!.toUpperCase()}${word.slice(1)} Person ${n} ${t}`,
    description: `${word} notes of ${t}`,
    jobTitle: TITLES[op.title],
    email: `${word}${n}.${t.toLowerCase()}@example.com`,
    telephone: `+1555${String(1_000_000 + n).slice(-7)}`,
    worksFor: 'org-shared',
    ...(knows ? { knows } : {}),
    ...extra,
  };
}

/** A `where` by the op's choice, and which stored rows it matches. */
function whereOf(w: World, op: Op): { where?: Record<string, unknown>; matches: (r: Row) => boolean } {
  const title = TITLES[op.title]!;
  const other = choose(w.others, op.pick) ?? 'T0x0Z';
  switch (op.word) {
    case 0:
      return { matches: () => true };
    case 1:
      return { where: { jobTitle: title }, matches: (r) => r.jobTitle === title };
    case 2:
      // Naming another tenant in the filter does not widen the scope.
      return { where: { tenant: other }, matches: () => false };
    default:
      return { where: { $or: [{ tenant: other }, { jobTitle: title }] }, matches: (r) => r.jobTitle === title };
  }
}

async function create(w: World, op: Op, extra: Record<string, unknown> = {}): Promise<Entity | undefined> {
  const result = await w.call('entities.create', { type: TYPE, data: person(w, op, extra) });
  if (closed(w, result, 'create')) return undefined;
  const entity = value<Entity>(result, 'create');
  expect(entity.tenant).toBe(w.tenant);
  w.owner.set(entity.$id, w.tenant!);
  return entity;
}

async function writeOne(w: World, op: Op, channel: string, input: (id: string) => Record<string, unknown>, live = true): Promise<Entity | undefined> {
  const { id, foreign } = target(w, op, live);
  const result = await w.call(channel, { type: TYPE, id, ...input(id) });
  if (foreign) return refusal(w, result, ['NOT_FOUND', 'FORBIDDEN'], `${channel} of another tenant's ${id}`), undefined;
  const entity = value<Entity>(result, channel);
  expect(entity.tenant).toBe(w.tenant);
  return entity;
}

async function list(w: World, op: Op): Promise<void> {
  const mode = (['exclude', 'only', 'include'] as const)[op.format % 3]!;
  const { where, matches } = whereOf(w, op);
  const result = await w.call('entities.list', { type: TYPE, where, deleted: mode, limit: 1000 });
  if (closed(w, result, 'list')) return;
  const ids = value<{ items: Entity[] }>(result, 'list').items.map((e) => e.$id);
  const expected = mine(w, false).filter((r) => matches(r) && (mode === 'include' || r.deleted === (mode === 'only')));
  expect(sorted(ids)).toEqual(sorted(expected.map((r) => r.id)));
}

async function find(w: World, op: Op): Promise<void> {
  const { where, matches } = whereOf(w, op);
  const limit = op.format === 0 ? 1 : 1000;
  const result = await w.call('query.run', { type: TYPE, where, orderBy: { name: 'asc' }, limit });
  if (closed(w, result, 'query.run')) return;
  const answer = value<{ items: Entity[]; count: number }>(result, 'query.run');
  const expected = mine(w).filter(matches).map((r) => r.id);
  expect(answer.count).toBe(expected.length);
  expect(answer.items.length).toBe(Math.min(limit, expected.length));
  for (const e of answer.items) expect(expected).toContain(e.$id);
}

async function count(w: World, op: Op): Promise<void> {
  const { where, matches } = whereOf(w, op);
  const result = await w.call('entities.count', { type: TYPE, where });
  if (closed(w, result, 'count')) return;
  expect(value<number>(result, 'count')).toBe(mine(w).filter(matches).length);
}

async function search(w: World, op: Op): Promise<void> {
  const typed = op.title !== 0;
  const text = op.foreign ? (choose(w.others, op.pick) ?? 'nobody') : WORDS[op.word]!;
  const result = await w.call('entities.search', { text, ...(typed ? { type: TYPE } : {}), limit: 100 });
  if (typed && closed(w, result, 'typed search')) return;
  const people = value<Array<{ type: string; id: string }>>(result, 'search').filter((s) => s.type === TYPE);
  const allowed = new Set(mine(w).map((r) => r.id));
  for (const hit of people) expect(allowed.has(hit.id), `search hit ${hit.id}`).toBe(true);
  if (op.foreign) expect(people).toEqual([]);
}

async function aggregate(w: World, op: Op): Promise<void> {
  const other = choose(w.others, op.pick) ?? 'T0x0Z';
  const { where, matches } = whereOf(w, op);
  const pipelines = [
    [...(where ? [{ $match: where }] : []), { $group: { _id: '$jobTitle', n: { $count: {} } } }],
    [{ $group: { _id: '$tenant', n: { $sum: 1 } } }],
    [{ $group: { _id: '$email', n: { $count: {} } } }],
    [{ $match: { tenant: other } }, { $project: { name: 1, tenant: 1 } }],
  ];
  const result = await w.call('query.aggregate', { type: TYPE, pipeline: pipelines[op.format % 4] });
  if (closed(w, result, 'aggregate')) return;
  const rows = value<{ rows: Array<{ _id: unknown; n?: number }> }>(result, 'aggregate').rows;
  const live = mine(w);
  if (op.format % 4 === 0) expect(rows.reduce((sum, r) => sum + (r.n ?? 0), 0)).toBe(live.filter(matches).length);
  if (op.format % 4 === 1) expect(rows).toEqual(live.length === 0 ? [] : [{ _id: w.tenant, n: live.length }]);
  if (op.format % 4 === 2) {
    expect(rows.reduce((sum, r) => sum + (r.n ?? 0), 0)).toBe(live.length);
    // Grouped by a personal field, the groups are named by the mask, not the address.
    for (const r of rows) expect(String(r._id)).toContain('***');
  }
  if (op.format % 4 === 3) expect(rows).toEqual([]);
}

async function exportAll(w: World, op: Op): Promise<void> {
  const format = FORMATS[op.format]!;
  let cursor: string | null = null;
  let text = '';
  let total = 0;
  let columns: string[] | undefined;
  do {
    const result = await w.call('transfer.export', { type: TYPE, format, limit: 5, cursor, ...(columns ? { columns } : {}) });
    if (closed(w, result, `export ${format}`)) return;
    const chunk = value<{ text: string; next: string | null; count: number; columns: string[] | null }>(result, 'export');
    text += chunk.text;
    total += chunk.count;
    cursor = chunk.next;
    columns = chunk.columns ?? undefined;
  } while (cursor);
  // Every exported record is one of the caller's live entities, and each of them is exported once.
  expect(sorted(exportedIds(format, text))).toEqual(sorted(mine(w).map((r) => r.id)));
  expect(total).toBe(mine(w).length);
}

/** The ids of the records of an export, read back by its format. */
function exportedIds(format: (typeof FORMATS)[number], text: string): string[] {
  switch (format) {
    case 'json':
      return (JSON.parse(text) as Entity[]).map((e) => e.$id);
    case 'ndjson':
      return text.split('\n').filter(Boolean).map((line) => (JSON.parse(line) as Entity).$id);
    case 'jsonld':
      return (JSON.parse(text) as { '@graph': Array<{ '@id': string }> })['@graph'].map((node) => node['@id']);
    case 'csv': {
      const [header, ...rows] = Papa.parse<string[]>(text.trim(), { skipEmptyLines: true }).data;
      const at = header!.indexOf('$id');
      return rows.map((row) => row[at]!);
    }
  }
}

async function history(w: World, op: Op): Promise<void> {
  const { id, foreign } = target(w, op, false);
  const result = await w.call('audit.history', { type: TYPE, id });
  if (closed(w, result, 'history')) return;
  const entries = value<{ entries: Array<{ id: string; context: { tenant?: string } }> }>(result, 'history').entries;
  for (const e of entries) expect(e).toMatchObject({ id, context: { tenant: w.tenant } });
  if (!foreign) expect(entries.length).toBeGreaterThan(0);
  if (foreign) w.refused();
}

async function pastVersions(w: World, op: Op): Promise<void> {
  const { id, foreign } = target(w, op, false);
  const at = await w.call('audit.at', { type: TYPE, id, version: 1 });
  if (closed(w, at, 'audit.at')) return;
  const then = value<Entity | null>(at, 'audit.at');
  if (then) expect(then.tenant).toBe(w.tenant);
  if (!foreign) expect(then).not.toBeNull();
  const who = await w.call('audit.whoChanged', { type: TYPE, id, field: 'description' });
  value(who, 'whoChanged');
  const compare = await w.call('audit.compare', { type: TYPE, id, from: 1, to: 2 });
  value(compare, 'compare');
  // The same id asked for as an unscoped type must not replay the person's history either.
  const asOther = await w.call('audit.at', { type: 'Organization', id, version: 1 });
  expect(value(asOther, 'audit.at as Organization')).toBeNull();
  value(await w.call('audit.whoChanged', { type: 'Organization', id, field: 'description' }), 'whoChanged as Organization');
  if (foreign) w.refused();
}

async function revert(w: World, op: Op): Promise<void> {
  const { id, foreign } = target(w, op);
  const result = await w.call('audit.revert', { type: TYPE, id, version: 1 });
  if (closed(w, result, 'revert')) return;
  if (foreign) return refusal(w, result, ['NOT_FOUND', 'FORBIDDEN', 'VALIDATION', 'CONFLICT'], `revert of another tenant's ${id}`);
  expect(value<Entity>(result, 'revert').tenant).toBe(w.tenant);
}

async function reveal(w: World, op: Op): Promise<void> {
  const { id, foreign } = target(w, op);
  const result = await w.call('audit.reveal', { type: TYPE, id, fields: ['email'], reason: 'support ticket 42' });
  if (closed(w, result, 'reveal')) return;
  if (foreign) return refusal(w, result, ['NOT_FOUND', 'FORBIDDEN'], `reveal of another tenant's ${id}`);
  expect(String(value<{ values: { email: unknown } }>(result, 'reveal').values.email)).toContain(w.tenant!.toLowerCase());
}

async function usedBy(w: World, op: Op): Promise<void> {
  const subject = op.title === 0 ? { type: 'Organization', id: 'org-shared' } : { type: TYPE, id: target(w, op, false).id };
  const result = await w.call('entities.usedBy', subject);
  const allowed = new Set(mine(w).map((r) => r.id));
  for (const r of value<Array<{ type: string; id: string }>>(result, 'usedBy')) {
    if (r.type === TYPE) expect(allowed.has(r.id), `${r.id} refers to ${subject.id}`).toBe(true);
  }
  if (op.title === 0) expect(value<unknown[]>(result, 'usedBy').length).toBe(Math.min(100, allowed.size));
}

async function importRows(w: World, op: Op): Promise<void> {
  const fresh = `P${++serial}X`;
  const own = choose(mine(w), op.pick);
  const foreign = choose(theirs(w), op.pick);
  const other = choose(w.others, op.pick)!;
  const rows = [
    { $type: TYPE, $id: fresh, ...person(w, op) },
    ...(own ? [{ $type: TYPE, $id: own.id, ...person(w, op) }] : []),
    ...(foreign ? [{ $type: TYPE, $id: foreign.id, ...person(w, op) }] : []),
    { $type: TYPE, $id: `P${++serial}X`, ...person(w, op, { tenant: other }) },
  ];
  const text = rows.map((r) => JSON.stringify(r)).join('\n');
  const { uploadId } = value<{ uploadId: string }>(await w.call('transfer.uploadBegin', { name: 'people.ndjson' }), 'upload');
  value(await w.call('transfer.uploadChunk', { uploadId, offset: 0, text }), 'chunk');
  let status = value<{ id: string; state: string; created: number; updated: number; rejected: number }>(
    await w.call('transfer.importStart', { uploadId, format: 'ndjson', type: TYPE, mode: 'valid-rows' }),
    'import',
  );
  // Another tenant cannot follow (or cancel) this import.
  const spy = w.tenant === undefined ? w.others[0] : undefined;
  refusal(w, await w.callAs(spy, 'transfer.importStatus', { importId: status.id }), ['NOT_FOUND'], 'status of another tenant’s import');
  while (status.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 5));
    status = value(await w.call('transfer.importStatus', { importId: status.id }, rows), 'status');
  }
  expect(status.state).toBe('done');
  if (w.tenant === undefined) {
    expect(status).toMatchObject({ created: 0, updated: 0, rejected: rows.length });
    return;
  }
  // Another tenant's id and a row naming another tenant are refused; the caller's rows are written.
  expect(status).toMatchObject({ created: 1, updated: own ? 1 : 0, rejected: (foreign ? 1 : 0) + 1 });
  w.owner.set(fresh, w.tenant);
}

async function bulk(w: World, op: Op): Promise<void> {
  const own = mine(w).slice(0, 1 + (op.pick % 3)).map((r) => r.id);
  const foreign = op.foreign ? target(w, op).id : undefined;
  const ids = [...own, ...(foreign ? [foreign] : [])];
  if (ids.length === 0) return;
  if (op.title === 0) {
    const result = await w.call('entities.deleteMany', { type: TYPE, ids });
    if (closed(w, result, 'deleteMany')) return;
    // Another tenant's id among them is passed over: only the caller's own are deleted.
    expect(value<{ count: number }>(result, 'deleteMany').count).toBe(own.length);
    if (foreign) w.refused();
    return;
  }
  const result = await w.call('entities.setField', { type: TYPE, ids, path: 'jobTitle', value: TITLES[op.word % 3] });
  if (closed(w, result, 'setField')) return;
  if (foreign) return refusal(w, result, ['NOT_FOUND', 'FORBIDDEN'], `setField over another tenant's ${foreign}`);
  expect(value<{ count: number }>(result, 'setField').count).toBe(own.length);
}

/** Every operation by kind. */
export const OPS = {
  create: (w: World, op: Op) => create(w, op, op.foreign ? {} : { $id: `P${++serial}X` }).then(() => undefined),
  createForOther: async (w: World, op: Op) => {
    const result = await w.call('entities.create', { type: TYPE, data: person(w, op, { tenant: choose(w.others, op.pick) }) });
    refusal(w, result, ['FORBIDDEN'], 'create in another tenant');
  },
  createTakenId: async (w: World, op: Op) => {
    const row = choose(theirs(w), op.pick);
    if (!row) return void (await create(w, op));
    const result = await w.call('entities.create', { type: TYPE, data: person(w, op, { $id: row.id }) });
    refusal(w, result, ['CONFLICT', 'FORBIDDEN'], `create with another tenant's id ${row.id}`);
  },
  createFreedId: async (w: World, op: Op) => {
    const freed = w.freed.shift();
    const created = await create(w, op, freed ? { $id: freed.id } : {});
    if (!created) return void (freed && w.freed.unshift(freed));
    // An id removed for good by one tenant and taken by another: its earlier history stays with the first.
    const { entries } = value<{ entries: Array<{ context: { tenant?: string } }> }>(await w.call('audit.history', { type: TYPE, id: created.$id }), 'history');
    for (const e of entries) expect(e.context.tenant).toBe(w.tenant);
    if (!freed || freed.tenant !== w.tenant) expect(entries).toHaveLength(1);
  },
  patch: (w: World, op: Op) => writeOne(w, op, 'entities.patch', () => ({ changes: { jobTitle: TITLES[op.title], description: `${WORDS[op.word]} patched by ${w.tenant}` } })).then(() => undefined),
  moveTenant: async (w: World, op: Op) => {
    const { id, foreign } = target(w, op);
    const changes = op.foreign || foreign ? { tenant: choose(w.others, op.pick) } : { $unset: { tenant: '' } };
    const result = await w.call('entities.patch', { type: TYPE, id, changes });
    if (closed(w, result, 'moveTenant')) return;
    if ('tenant' in changes || foreign) return refusal(w, result, ['NOT_FOUND', 'FORBIDDEN'], `moving ${id} to another tenant`);
    expect(value<Entity>(result, 'unset tenant').tenant).toBe(w.tenant);
  },
  update: (w: World, op: Op) => writeOne(w, op, 'entities.update', () => ({ data: person(w, op) })).then(() => undefined),
  delete: async (w: World, op: Op) => {
    const force = op.word === 0;
    const { id, foreign } = target(w, op);
    const result = await w.call('entities.delete', { type: TYPE, id, force });
    if (closed(w, result, 'delete')) return;
    if (foreign) return refusal(w, result, ['NOT_FOUND', 'FORBIDDEN'], `delete of another tenant's ${id}`);
    value(result, 'delete');
    if (force) {
      w.owner.delete(id);
      w.freed.push({ id, tenant: w.tenant! });
    }
  },
  restore: async (w: World, op: Op) => {
    const pool = op.foreign || w.tenant === undefined ? theirs(w).filter((r) => r.deleted) : mine(w, false).filter((r) => r.deleted);
    const row = choose(pool, op.pick);
    if (!row) return;
    const result = await w.call('entities.restore', { type: TYPE, id: row.id });
    if (row.tenant !== w.tenant) return refusal(w, result, ['NOT_FOUND', 'FORBIDDEN'], `restore of another tenant's ${row.id}`);
    expect(value<Entity>(result, 'restore').tenant).toBe(w.tenant);
  },
  list,
  get: async (w: World, op: Op) => {
    const { id, foreign } = target(w, op);
    const result = await w.call('entities.get', { type: TYPE, id });
    if (closed(w, result, 'get')) return;
    const entity = value<Entity | null>(result, 'get');
    if (foreign) {
      expect(entity, `get of another tenant's ${id}`).toBeNull();
      w.refused();
    } else expect(entity?.tenant).toBe(w.tenant);
  },
  count,
  find,
  search,
  aggregate,
  explain: async (w: World, op: Op) => {
    const result = await w.call('query.explain', { type: TYPE, where: whereOf(w, op).where });
    if (!closed(w, result, 'explain')) value(result, 'explain');
  },
  exportAll,
  history,
  pastVersions,
  revert,
  reveal,
  usedBy,
  importRows,
  bulk,
  types: async (w: World) => {
    const types = value<Array<{ type: string; count: number; tenantScoped?: boolean }>>(await w.call('entities.types', {}), 'types');
    const row = types.find((t) => t.type === TYPE);
    const live = w.tenant === undefined ? 0 : mine(w).length;
    if (row) expect(row).toMatchObject({ count: live, tenantScoped: true });
    else expect(w.rows.length).toBe(0);
  },
  saved: async (w: World, op: Op) => {
    value(await w.call('query.save', { name: `people of ${w.tenant ?? 'none'}`, kind: 'find', type: TYPE, body: { where: { jobTitle: TITLES[op.title] } } }), 'save');
    value(await w.call('query.saved', {}), 'saved');
  },
};

/** The kinds of operation. */
export type Kind = keyof typeof OPS;
