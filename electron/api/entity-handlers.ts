/** Handlers of the `entities.*` channels: thin adapters from the contract to the store. */
import type { entityChannels } from '../../shared/channels/entities';
import type { Store } from '../store';
import type { HandlersFor } from './handlers';

/** The `entities.*` handlers over a store. */
export function entityHandlers(store: Store): HandlersFor<keyof typeof entityChannels> {
  return {
    'entities.types': async () => store.types(),
    'entities.list': async ({ type, where, orderBy, limit, cursor }, ctx) =>
      store.page(type, { where, orderBy, limit, cursor: cursor ?? undefined, context: { actor: ctx.actor, tenant: ctx.tenant } }),
    'entities.get': async ({ type, id }, ctx) => store.get(type, id, { context: { actor: ctx.actor, tenant: ctx.tenant } }),
    'entities.create': async ({ type, data }, ctx) =>
      store.create(type, data, { context: { actor: ctx.actor, tenant: ctx.tenant } }),
  };
}
