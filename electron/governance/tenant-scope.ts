/**
 * Tenant scoping for the reads that do not go through the store's own scoping (type counts,
 * the audit trail): which types are tenant-scoped, read from the collections the store
 * declared, and the tenant a call on one of them acts for. The rule is the store's
 * (electron/store/scope.ts): a call on a tenant-scoped type without a tenant is FORBIDDEN.
 */
import type Database from 'better-sqlite3';
import { tenantRequired } from '../store/scope';

/** The tenant-scoped types and the path of their tenant field, as the declared collections say. */
export function tenantScopedTypes(db: Database.Database): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const row of db.prepare('SELECT type, options FROM collections').all() as Array<{ type: string; options: string }>) {
    const field = (JSON.parse(row.options) as { tenantField?: unknown }).tenantField;
    if (Array.isArray(field) && field.length > 0) out.set(row.type, field.map(String));
  }
  return out;
}

/** The tenant of a call on `type`: none needed where the type is not scoped, FORBIDDEN where it is and none is given. */
export function tenantFor(scoped: ReadonlyMap<string, unknown>, type: string, tenant: string | undefined): string | undefined {
  if (!scoped.has(type)) return undefined;
  if (typeof tenant !== 'string' || tenant.length === 0) throw tenantRequired(type);
  return tenant;
}
