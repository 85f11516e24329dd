/**
 * The tenant isolation test's view of the database beside the API: the Person rows as stored
 * (owner, trash, job title) read with plain SQL, digests of what belongs to other tenants
 * (so a call can be shown to have changed nothing of theirs), and the tenant markers every
 * test value carries (so a leaked value is found by text search in any answer).
 */
import { createHash } from 'node:crypto';
import type { Services } from '../app/services';
import type { Result } from '../../shared/errors';

/** One stored Person as the test sees it. */
export interface Row {
  id: string;
  tenant: string | null;
  deleted: boolean;
  jobTitle: string | null;
}

/** The test's scoped type. */
export const TYPE = 'Person';

/** A call as a tenant (none: "All tenants"). */
export function caller(services: Services) {
  return (channel: string, input: unknown, tenant: string | undefined): Promise<Result<unknown>> =>
    services.dispatch(channel, input, { actor: 'tenant-property', transport: 'test', ...(tenant !== undefined ? { tenant } : {}) });
}

/** Every stored Person. */
export async function storedRows(services: Services): Promise<Row[]> {
  return services.store.connection((db) =>
    (
      db
        .prepare(`SELECT id, deleted, json_extract(doc, '$.tenant') AS tenant, json_extract(doc, '$.jobTitle') AS jobTitle FROM entities WHERE type = ? ORDER BY rowid`)
        .all(TYPE) as Array<{ id: string; deleted: number; tenant: string | null; jobTitle: string | null }>
    ).map((r) => ({ id: r.id, tenant: r.tenant, deleted: r.deleted === 1, jobTitle: r.jobTitle })),
  );
}

/**
 * A digest of everything that is not `tenant`'s: other tenants' entity rows (every column) and
 * their audit rows. With no tenant, a digest of every tenant's rows.
 */
export async function othersDigest(services: Services, tenant: string | undefined): Promise<string> {
  return services.store.connection((db) => {
    const hash = createHash('sha256');
    const rows = db
      .prepare(`SELECT id, version, deleted, doc FROM entities WHERE type = ? AND json_extract(doc, '$.tenant') IS NOT ? ORDER BY rowid`)
      .raw()
      .all(TYPE, tenant ?? null);
    for (const row of rows) hash.update(JSON.stringify(row));
    const audit = db.prepare(`SELECT count(*), max(seq) FROM audit_log WHERE json_extract(context, '$.tenant') IS NOT NULL AND json_extract(context, '$.tenant') IS NOT ?`).raw().get(tenant ?? null);
    hash.update(JSON.stringify(audit));
    return hash.digest('hex');
  });
}

/** The lower-case markers in `text` among `markers`. */
export function markersIn(text: string, markers: Iterable<string>): string[] {
  const lower = text.toLowerCase();
  return [...markers].filter((m) => lower.includes(m.toLowerCase()));
}

/** The value of `pick` among `items` (undefined when there are none). */
export function choose<T>(items: readonly T[], pick: number): T | undefined {
  return items.length === 0 ? undefined : items[pick % items.length];
}
