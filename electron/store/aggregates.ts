/** `aggregate`: a pipeline over the entities of a type the caller may see (soft delete and tenant scope apply). */
import { runPipeline, type AggregateSource } from '../query/aggregate/aggregate';
import { rowToEntity, type EntityRow } from './entity-data';
import { checkType, specFor } from './reads';
import { deletedMode } from './scope';
import type { StoreCore } from './store-core';
import type { AggregateOptions } from './types';

/** Runs `pipeline` over `type`; see electron/query/aggregate for what runs in SQL and what in JavaScript. */
export function aggregateEntities(core: StoreCore, type: string, pipeline: unknown, options: AggregateOptions = {}): Array<Record<string, unknown>> {
  checkType(type);
  const source: AggregateSource = {
    spec: (where) => specFor(core, type, where, options.context, deletedMode(options)),
    all: (query) => core.all(query),
    toDoc: (row) => rowToEntity(row as unknown as EntityRow),
  };
  return runPipeline(source, pipeline).docs;
}
