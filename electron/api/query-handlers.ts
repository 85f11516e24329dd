/** Handlers of the `query.*` channels: thin adapters from the contract to the store, the aggregation engine and the saved-query tables. */
import type { queryChannels } from '../../shared/channels/query';
import { StudioError } from '../../shared/errors';
import { fieldsFromDescriptor, mergeFields } from '../../shared/query/fields';
import { inferFields } from '../../shared/query/infer-fields';
import type { Entity } from '../../shared/entity';
import type { DescriptorLookup } from '../../shared/vocab/descriptor';
import { adviseIndex } from '../query/index-advice';
import { deleteSaved, listRecent, listSaved, recordRecent, saveQuery } from '../query/saved-queries';
import type { Store } from '../store';
import type { CollectionOptions } from '../store/collection-settings';
import type { RequestContext } from './context';
import type { HandlersFor } from './handlers';

/** How many stored entities are sampled to find the fields a type's data really has. */
const FIELD_SAMPLE = 200;
/** Runs per timing; the median is reported. */
const TIMING_RUNS = 3;

type Where = Record<string, unknown> | undefined;
type OrderBy = Record<string, 'asc' | 'desc'> | undefined;

/** What the query handlers need besides the store: descriptors for the field picker, and the PII mask for entities leaving the process. */
export interface QueryHandlerDeps {
  vocabulary?: DescriptorLookup;
  maskEntity?: (entity: Entity) => Entity;
}

/** The `query.*` handlers over a store. */
export function queryHandlers(store: Store, deps: QueryHandlerDeps = {}): HandlersFor<keyof typeof queryChannels> {
  const context = (ctx: RequestContext) => ({ actor: ctx.actor, tenant: ctx.tenant });
  const tenant = (ctx: RequestContext) => ctx.tenant ?? '';

  const timeQuery = async (type: string, where: Where, orderBy: OrderBy, ctx: RequestContext) => {
    const runs: number[] = [];
    for (let i = 0; i < TIMING_RUNS; i++) {
      const start = performance.now();
      await store.list(type, { where, orderBy, limit: 50, context: context(ctx) });
      await store.count(type, { where, context: context(ctx) });
      runs.push(performance.now() - start);
    }
    const explained = await store.explain(type, { where, orderBy, context: context(ctx) });
    return { ms: round(runs.sort((a, b) => a - b)[Math.floor(TIMING_RUNS / 2)]!), usesIndex: explained.usesIndex, indexes: explained.indexes };
  };

  return {
    'query.fields': async ({ type }, ctx) => {
      const sample = await store.list(type, { limit: FIELD_SAMPLE, context: context(ctx) });
      const vocabulary = deps.vocabulary ? fieldsFromDescriptor(deps.vocabulary, type) : [];
      return mergeFields(vocabulary, inferFields(sample));
    },

    'query.run': async ({ type, where, orderBy, limit, populate, record }, ctx) => {
      const start = performance.now();
      const page = await store.page(type, { where, orderBy, limit, populate, context: context(ctx) });
      const count = await store.count(type, { where, context: context(ctx) });
      const ms = round(performance.now() - start);
      if (record) await store.connection((db) => recordRecent(db, tenant(ctx), { kind: 'find', type, body: compact({ where, orderBy, limit, populate }) }), { write: true });
      return { items: deps.maskEntity ? page.items.map(deps.maskEntity) : page.items, count, ms };
    },

    'query.explain': async ({ type, where, orderBy }, ctx) => {
      const start = performance.now();
      await store.list(type, { where, orderBy, limit: 50, context: context(ctx) });
      const ms = round(performance.now() - start);
      const explained = await store.explain(type, { where, orderBy, context: context(ctx) });
      return { ...explained, ms, suggestion: explained.usesIndex ? null : adviseIndex(type, where, orderBy) };
    },

    'query.suggestIndex': async ({ type, where, orderBy }, ctx) => {
      const explained = await store.explain(type, { where, orderBy, context: context(ctx) });
      return explained.usesIndex ? null : adviseIndex(type, where, orderBy);
    },

    'query.createIndex': async ({ type, where, orderBy, fields }, ctx) => {
      const before = await timeQuery(type, where, orderBy, ctx);
      const current = await store.connection((db) => db.prepare('SELECT name, options FROM collections WHERE type = ?').get(type) as { name: string; options: string } | undefined);
      const options = current ? optionsOf(JSON.parse(current.options) as StoredSettings) : { type, indexes: [] };
      await store.collection(current?.name ?? type, { ...options, indexes: [...(options.indexes ?? []), { fields }] }).ready;
      const after = await timeQuery(type, where, orderBy, ctx);
      return { before: { ms: before.ms, usesIndex: before.usesIndex }, after: { ms: after.ms, usesIndex: after.usesIndex }, indexes: after.indexes };
    },

    'query.aggregate': async ({ type, pipeline, limit, record }, ctx) => {
      const start = performance.now();
      const rows = await store.aggregate(type, pipeline, { context: context(ctx) });
      const ms = round(performance.now() - start);
      if (record) await store.connection((db) => recordRecent(db, tenant(ctx), { kind: 'aggregate', type, body: pipeline }), { write: true });
      return { rows: rows.slice(0, limit), total: rows.length, ms };
    },

    'query.saved': async ({ kind }, ctx) => store.connection((db) => listSaved(db, tenant(ctx), kind)),

    'query.save': async (input, ctx) => {
      if (input.body === undefined) throw new StudioError('VALIDATION', 'A saved query needs a body', { issues: [{ path: ['body'], message: 'required' }] });
      return store.connection((db) => saveQuery(db, tenant(ctx), input), { write: true });
    },

    'query.deleteSaved': async ({ id }, ctx) => ({ deleted: await store.connection((db) => deleteSaved(db, tenant(ctx), id), { write: true }) }),

    'query.recent': async ({ kind, limit }, ctx) => store.connection((db) => listRecent(db, tenant(ctx), kind, limit)),
  };
}

/** The persisted settings of a collection, as much of them as re-declaring needs. */
interface StoredSettings {
  type: string;
  indexes: Array<{ fields: string[][]; unique: boolean; ttlSeconds: number | null; caseInsensitive: boolean }>;
  tenantField: string[] | null;
  softDelete: boolean;
}

/** Collection options that declare the same settings again, so adding an index keeps the rest. */
function optionsOf(settings: StoredSettings): CollectionOptions {
  return {
    type: settings.type,
    indexes: settings.indexes.map((ix) => ({
      fields: ix.fields.map((f) => f.join('.')),
      unique: ix.unique,
      caseInsensitive: ix.caseInsensitive,
      ...(ix.ttlSeconds !== null ? { expireAfterSeconds: ix.ttlSeconds } : {}),
    })),
    ...(settings.tenantField ? { tenantField: settings.tenantField.join('.') } : {}),
    defaultFilters: { softDelete: settings.softDelete },
  };
}

function compact(query: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined));
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
