/** Handlers of the `entities.*` channels: thin adapters from the contract to the store. */
import type { entityChannels } from '../../shared/channels/entities';
import { entityLabel } from '../../shared/entity';
import type { Context, Store } from '../store';
import type { RequestContext } from './context';
import type { HandlersFor } from './handlers';
import { findReferrers } from './used-by';
import { tenantScopedTypes } from '../governance/tenant-scope';

/** The store's view of who is asking. */
function scope(ctx: RequestContext): { context: Context } {
  return { context: { actor: ctx.actor, tenant: ctx.tenant } };
}

/** The `entities.*` handlers over a store. */
export function entityHandlers(store: Store): HandlersFor<keyof typeof entityChannels> {
  return {
    'entities.types': async (_input, ctx) => typeCounts(store, ctx.tenant),
    'entities.list': async ({ type, where, orderBy, limit, cursor, deleted }, ctx) =>
      store.page(type, { where, orderBy, limit, cursor, deleted, ...scope(ctx) }),
    'entities.count': async ({ type, where }, ctx) => store.count(type, { where, ...scope(ctx) }),
    'entities.get': async ({ type, id }, ctx) => store.get(type, id, scope(ctx)),
    'entities.create': async ({ type, data }, ctx) => store.create(type, data, scope(ctx)),
    'entities.update': async ({ type, id, data, expectedVersion }, ctx) => store.update(type, id, data, { expectedVersion, ...scope(ctx) }),
    'entities.patch': async ({ type, id, changes, expectedVersion }, ctx) =>
      store.patch(type, id, changes, { expectedVersion, ...scope(ctx) }),
    'entities.delete': async ({ type, id, force }, ctx) => {
      await store.delete(type, id, { force, ...scope(ctx) });
      return { deleted: true };
    },
    'entities.restore': async ({ type, id }, ctx) => store.restore(type, id, scope(ctx)),
    'entities.deleteMany': async ({ type, ids }, ctx) => {
      const { deletedCount } = await store.deleteMany(type, { where: { $id: { $in: ids } }, ...scope(ctx) });
      return { count: deletedCount };
    },
    'entities.setField': async ({ type, ids, path, value }, ctx) =>
      store.transaction(async (tx) => {
        for (const id of ids) await tx.patch(type, id, { $set: { [path]: value } }, scope(ctx));
        return { count: ids.length };
      }),
    'entities.search': async ({ text, type, limit }, ctx) =>
      (await store.search(text, { type, limit, ...scope(ctx) })).map((e) => ({ type: e.$type, id: e.$id, name: entityLabel(e) })),
    'entities.usedBy': async ({ id }, ctx) => findReferrers(store, id, scope(ctx).context),
  };
}

/**
 * Live entities per type. The stored counts span all tenants, so a tenant-scoped type is
 * counted for the caller's tenant instead, and without a tenant it is listed (marked
 * `tenantScoped`) with no count: none of its entities can be read without one.
 */
async function typeCounts(store: Store, tenant: string | undefined): Promise<Array<{ type: string; count: number; tenantScoped?: true }>> {
  const [all, scoped] = await Promise.all([store.types(), store.connection((db) => tenantScopedTypes(db))]);
  if (scoped.size === 0) return all;
  const rows = await Promise.all(
    all.map(async (row) => {
      if (!scoped.has(row.type)) return row;
      const count = tenant ? await store.count(row.type, { context: { tenant } }) : 0;
      return { type: row.type, count, tenantScoped: true as const };
    }),
  );
  return rows;
}
