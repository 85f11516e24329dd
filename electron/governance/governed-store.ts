/**
 * A store with governance around it: the governed operations (hooks, encryption, blind-index
 * queries, read cache, request context for the audit trail) for the store itself, for its
 * transactions and sessions, and for the collections declared on it.
 */
import { StudioError } from '../../shared/errors';
import type { Collection, Doc, Store } from '../store/types';
import { governOps, type GovernedDeps } from './governed-ops';

/** Wraps a store; the engine underneath stays the only thing that touches the entities. */
export function governStore(inner: Store, deps: GovernedDeps): Store {
  const ops = governOps(inner, deps);
  return {
    ...inner,
    ...ops,
    collection<T extends Record<string, unknown>>(name: string, options = {}): Collection<T> {
      const declared = inner.collection<T>(name, options);
      const type = declared.type;
      const after = async <R>(fn: () => Promise<R>): Promise<R> => {
        await declared.ready;
        return fn();
      };
      return {
        name,
        type,
        ready: declared.ready,
        find: (where, o) => after(() => ops.list(type, { ...o, where }) as Promise<Array<Doc<T>>>),
        findOne: (where, o) => after(() => ops.findOne(type, { ...o, where }) as Promise<Doc<T> | null>),
        get: (id, o) => after(() => ops.get(type, id, o) as Promise<Doc<T> | null>),
        create: (data, o) => after(() => ops.create(type, data, o) as Promise<Doc<T>>),
        update: (id, data, o) => after(() => ops.update(type, id, data, o) as Promise<Doc<T>>),
        patch: (id, changes, o) => after(() => ops.patch(type, id, changes, o) as Promise<Doc<T>>),
        updateOne: (where, changes, o) => after(() => ops.updateOne(type, where, changes, o)),
        delete: (id, o) => after(() => ops.delete(type, id, o) as Promise<Doc<T>>),
        restore: (id, o) => after(() => ops.restore(type, id, o) as Promise<Doc<T>>),
        count: (where, o) => after(() => ops.count(type, { ...o, where })),
        page: (o) => after(() => ops.page(type, o) as Promise<{ items: Array<Doc<T>>; next: string | null }>),
        aggregate: (pipeline, o) => after(() => ops.aggregate(type, pipeline, o)),
      };
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
