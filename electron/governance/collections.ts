/**
 * Declares the governed collections on the engine: their indexes (TTL ones included), soft
 * delete and tenant field. A retention rule that soft-deletes turns soft delete on, since
 * that is what it needs.
 */
import type { Store } from '../store/types';
import type { IndexDeclaration } from '../store';
import type { GovernancePolicy, TypePolicy } from './policy';

function needsDeclaration(p: TypePolicy): boolean {
  return p.indexes.length > 0 || p.settings.softDelete !== undefined || p.settings.tenantField !== undefined || p.retention?.action === 'soft-delete';
}

/** The engine's index declaration of a governed index. */
export function toIndexDeclaration(index: TypePolicy['indexes'][number]): IndexDeclaration {
  return {
    fields: index.fields,
    ...(index.unique ? { unique: true } : {}),
    ...(index.expireAfterSeconds !== undefined ? { expireAfterSeconds: index.expireAfterSeconds } : {}),
  };
}

/** Declares every governed collection that says something the engine keeps. */
export async function declareCollections(store: Store, policy: GovernancePolicy): Promise<void> {
  for (const p of policy.all()) {
    if (!needsDeclaration(p)) continue;
    const softDelete = p.settings.softDelete ?? p.retention?.action === 'soft-delete';
    await store.collection(p.type, {
      indexes: p.indexes.map(toIndexDeclaration),
      ...(p.settings.tenantField ? { tenantField: p.settings.tenantField } : {}),
      defaultFilters: { softDelete },
    }).ready;
  }
}
