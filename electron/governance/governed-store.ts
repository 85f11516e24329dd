/**
 * A store with governance around it: the governed operations (hooks, encryption, blind-index
 * queries, read cache, request context for the audit trail) for the store itself, for its
 * transactions and sessions, and for the collections declared on it.
 */
import { StudioError } from '../../shared/errors';
import type { Collection, Store } from '../store/types';
import { collectionHandle } from '../store/collection-handle';
import { governOps, type GovernedDeps } from './governed-ops';

/** Wraps a store; the engine underneath stays the only thing that touches the entities. */
export function governStore(inner: Store, deps: GovernedDeps): Store {
  const ops = governOps(inner, deps);
  return {
    ...inner,
    ...ops,
    collection<T extends Record<string, unknown>>(name: string, options = {}): Collection<T> {
      const declared = inner.collection<T>(name, options);
      return collectionHandle<T>(name, declared.type, declared.ready, ops);
    },
    startSession() {
      let ended = false;
      return {
        withTransaction: (fn) => (ended ? Promise.reject(new StudioError('CONFLICT', 'This session has ended')) : ops.transaction(fn)),
        endSession: () => {
          ended = true;
        },
      };
    },
  };
}
