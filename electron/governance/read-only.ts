/**
 * Read-only mode: when the workspace configuration is broken the data still opens, but every
 * channel that would write answers FORBIDDEN with the configuration's problem, so nothing is
 * written under rules that could not be read.
 */
import { StudioError } from '../../shared/errors';
import type { Channel } from '../../shared/contract';
import type { HandlersFor } from '../api/handlers';
import type { Governance } from './governance';

/** The channels that change data or settings. */
export const WRITE_CHANNELS: ReadonlySet<string> = new Set([
  'entities.create',
  'entities.update',
  'entities.patch',
  'entities.delete',
  'entities.restore',
  'entities.deleteMany',
  'entities.setField',
  'entities.erase',
  'audit.revert',
  'settings.saveCollection',
  'settings.retentionSweep',
  'settings.migrateUp',
  'settings.migrateDown',
  'settings.evolve',
  'transfer.importStart',
  'query.createIndex',
  'query.save',
  'query.deleteSaved',
  'types.define',
  'types.delete',
]);

/** The FORBIDDEN error of a write while read-only. */
export function readOnlyError(gov: Governance): StudioError {
  const problem = gov.configError?.message ?? 'the workspace configuration could not be read';
  return new StudioError('FORBIDDEN', `The workspace is open read-only because its configuration is broken; fix it and reopen. ${problem}`, {
    details: { file: gov.configError?.file ?? gov.configFile },
  });
}

/** Wraps handlers so their write channels refuse while the workspace is read-only. */
export function readOnlyGuard<K extends Channel>(handlers: HandlersFor<K>, gov: Governance): HandlersFor<K> {
  if (!gov.readOnly) return handlers;
  const out = { ...handlers };
  for (const name of Object.keys(handlers) as K[]) {
    if (WRITE_CHANNELS.has(name)) out[name] = (async () => Promise.reject(readOnlyError(gov))) as unknown as HandlersFor<K>[K];
  }
  return out;
}
