/** The operations a store and a transaction share, each routed through a `Runner`. */
import { aggregateEntities } from './aggregates';
import { countEntities, explainQuery, getEntity, listEntities, pageEntities, typeCounts } from './reads';
import type { Runner } from './runner';
import { searchEntities } from './search';
import type { StoreCore } from './store-core';
import { typeName } from './type-ref';
import type { StoreOps } from './types';
import { createEntities, createEntity, deleteEntity, deleteWhere, patchEntity, restoreEntity, updateEntity, updateFirst } from './writes';

/** A bulk load this big refreshes planner statistics (sampled, see `analysis_limit`). */
const ANALYZE_AFTER = 1000;

/** Binds the operations to a runner. */
export function makeOps(core: StoreCore, runner: Runner): StoreOps {
  return {
    create: (type, data, o) => runner.write((s) => createEntity(core, s, typeName(type), data, o?.context)),
    async createMany(type, data, o) {
      const name = typeName(type);
      if (!Array.isArray(data)) throw new TypeError('createMany takes an array');
      const created = await runner.write((s) => createEntities(core, s, name, data, o?.context));
      // Fresh statistics keep the planner on the indexes after a bulk load (see TOOLCHAIN.md).
      // Full statistics: sampled ones misjudge how many rows a type has and mislead the planner.
      if (created.length >= ANALYZE_AFTER && !core.db.inTransaction) core.db.exec('PRAGMA analysis_limit = 0; ANALYZE entities; PRAGMA analysis_limit = 2000;');
      return created;
    },
    get: (type, id, o) => runner.read(() => getEntity(core, typeName(type), id, o)),
    list: (type, o) => runner.read(() => listEntities(core, typeName(type), o)),
    findOne: (type, o) => runner.read(() => listEntities(core, typeName(type), { ...o, limit: 1 })[0] ?? null),
    count: (type, o) => runner.read(() => countEntities(core, typeName(type), o)),
    page: (type, o) => runner.read(() => pageEntities(core, typeName(type), o)),
    update: (type, id, data, o) => runner.write((s) => updateEntity(core, s, typeName(type), id, data, o)),
    patch: (type, id, changes, o) => runner.write((s) => patchEntity(core, s, typeName(type), id, changes, o)),
    delete: (type, id, o) => runner.write((s) => deleteEntity(core, s, typeName(type), id, o)),
    restore: (type, id, o) => runner.write((s) => restoreEntity(core, s, typeName(type), id, o)),
    deleteMany: (type, o) => runner.write((s) => ({ deletedCount: deleteWhere(core, s, typeName(type), o ?? {}) })),
    updateOne: (type, where, changes, o) => runner.write((s) => updateFirst(core, s, typeName(type), where, changes, o?.context)),
    search: (text, o) =>
      runner.read(() => searchEntities(core, text, { ...(o?.type !== undefined ? { type: typeName(o.type) } : {}), limit: o?.limit, context: o?.context })),
    aggregate: (type, pipeline, o) => runner.read(() => aggregateEntities(core, typeName(type), pipeline, o)),
    explain: (type, o) => runner.read(() => explainQuery(core, typeName(type), o)),
    types: () => runner.read(() => typeCounts(core)),
    transaction: (fn) => runner.transaction(fn),
    connection: (fn, o) => (o?.write ? runner.write(() => fn(core.db)) : runner.read(() => fn(core.db))),
  };
}
