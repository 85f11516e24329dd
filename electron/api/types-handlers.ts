/** Handlers of the `types.*` channels: thin adapters from the contract to the custom type service. */
import type { typeChannels } from '../../shared/channels/types';
import type { Channel } from '../../shared/contract';
import type { TypeService } from '../vocab/type-store/type-service';
import type { Handler, HandlersFor } from './handlers';

/** The `types.*` handlers over the custom type service; changes are made as the caller. */
export function typeHandlers(types: TypeService): HandlersFor<keyof typeof typeChannels> {
  return {
    'types.list': async () => types.list(),
    'types.get': async ({ name }) => types.get(name),
    'types.define': async ({ definition, expectedVersion, force }, ctx) => types.define(definition, { expectedVersion, force, actor: ctx.actor }),
    'types.history': async ({ name, limit }) => types.history(name, limit),
    'types.delete': async ({ name, expectedVersion }, ctx) => types.remove(name, { expectedVersion, actor: ctx.actor }),
  };
}

/** Wraps handlers so each answers only after `ready` settles, fulfilled or not (the `vocab.*` channels wait for the stored custom types). */
export function afterReady<K extends Channel>(handlers: HandlersFor<K>, ready: Promise<unknown>): HandlersFor<K> {
  const out = {} as HandlersFor<K>;
  for (const name of Object.keys(handlers) as K[]) {
    const handler = handlers[name] as Handler<K>;
    out[name] = (async (input, ctx) => {
      await ready.catch(() => undefined);
      return handler(input, ctx);
    }) as HandlersFor<K>[K];
  }
  return out;
}
