/**
 * What a migration's `up(db)` and `down(db)` receive: the store's operations inside the
 * migration's transaction, plus the evolution helpers bound to it
 * (`await db.renameField('Person', 'mail', 'email')`).
 */
import type { EvolutionInput } from '../../../shared/governance/evolution';
import { EvolutionSchema } from '../../../shared/governance/evolution';
import type { StoreOps } from '../../store/types';
import { applyEvolution } from './apply-evolution';

/** The store inside a migration, with helpers for common evolutions; each returns how many entities changed. */
export interface MigrationDb extends StoreOps {
  renameField(type: string, from: string, to: string): Promise<number>;
  splitName(type: string, options?: Omit<Extract<EvolutionInput, { op: 'splitName' }>, 'op'>): Promise<number>;
  setDefault(type: string, field: string, value: unknown): Promise<number>;
  changeType(type: string, field: string, to: 'string' | 'number' | 'boolean' | 'date'): Promise<number>;
  /** Any evolution, as the settings screen sends it. */
  evolve(type: string, evolution: EvolutionInput): Promise<number>;
}

/** Binds the helpers to a transaction's operations. */
export function migrationDb(tx: StoreOps): MigrationDb {
  const run = (type: string, evolution: EvolutionInput) => applyEvolution(tx, type, EvolutionSchema.parse(evolution));
  return {
    ...tx,
    renameField: (type, from, to) => run(type, { op: 'renameField', from, to }),
    splitName: (type, options = {}) => run(type, { op: 'splitName', ...options }),
    setDefault: (type, field, value) => run(type, { op: 'setDefault', field, value }),
    changeType: (type, field, to) => run(type, { op: 'changeType', field, to }),
    evolve: run,
  };
}
