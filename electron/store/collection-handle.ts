/** A collection's handle: the store's operations bound to one type, each waiting for its settings. */
import type { Collection, Doc, StoreOps } from './types';

/** Binds `ops` to `type`; every call first waits for `ready` (the collection's declared settings). */
export function collectionHandle<T extends Record<string, unknown>>(name: string, type: string, ready: Promise<void>, ops: StoreOps): Collection<T> {
  const after = async <R>(fn: () => Promise<R>): Promise<R> => {
    await ready;
    return fn();
  };
  return {
    name,
    type,
    ready,
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
}
