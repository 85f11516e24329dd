/** How many stored entities a change to a type concerns: live ones and those in the trash (a restore must not meet a type that refuses it), across every tenant. */
import type { StoreOps, Where } from '../../store';
import { jsonPathText } from '../../query/identifiers';

/** The tenants holding entities of a tenant-scoped type, or null when the type is not scoped. */
function tenantsOf(ops: StoreOps, type: string): Promise<string[] | null> {
  return ops.connection((db) => {
    const row = db.prepare('SELECT options FROM collections WHERE type = ?').get(type) as { options: string } | undefined;
    const field = row ? (JSON.parse(row.options) as { tenantField?: string[] | null }).tenantField : null;
    if (!field) return null;
    const path = jsonPathText(field);
    const values = db.prepare('SELECT DISTINCT json_extract(doc, ?) FROM entities WHERE type = ?').pluck().all(path, type) as unknown[];
    return values.filter((v): v is string => typeof v === 'string' && v !== '');
  });
}

/**
 * Entities of the types that match `where`, counted with the store's own `count` (a scoped
 * type is counted tenant by tenant, since the store answers one tenant at a time).
 */
export async function countEntities(ops: StoreOps, types: readonly string[], where?: Where): Promise<number> {
  let total = 0;
  for (const type of types) {
    const tenants = await tenantsOf(ops, type);
    if (tenants === null) total += await ops.count(type, { where, deleted: 'include' });
    else for (const tenant of tenants) total += await ops.count(type, { where, deleted: 'include', context: { tenant } });
  }
  return total;
}
