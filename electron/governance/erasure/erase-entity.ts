/**
 * The right to erasure: an entity removed for good (from the trash too), its values redacted
 * from the audit trail (see redact-audit.ts), one `erase` entry naming who and why, and no
 * readable trace left in the database file:
 * - `secure_delete` (set on every open) zeroes the freed cells and pages;
 * - the full-text index is contentless, so a delete only adds a tombstone beside the tokens:
 *   `optimize` merges the segments into one without them;
 * - a TRUNCATE checkpoint copies the zeroed pages home and empties the -wal file, which still
 *   held the old page images.
 */
import { StudioError, notFound } from '../../../shared/errors';
import type { Entity } from '../../../shared/entity';
import type { RequestContext } from '../../api/context';
import { verifyAuditChain } from '../audit/audit-log';
import { currentRequest, withRequest } from '../audit/request-scope';
import type { Governance } from '../governance';
import { tenantFor, tenantScopedTypes } from '../tenant-scope';
import { redactAuditOf } from './redact-audit';

/** What to erase, and why (recorded in the `erase` entry). */
export interface ErasureRequest {
  type: string;
  id: string;
  reason: string;
}

/** Shorter strings are too common to purge from free text (a reason, a recent query) safely. */
const MIN_SECRET = 4;

/** The entity's string values (nested ones too), longest first: what free text must not quote. */
function secretsOf(entity: Entity): string[] {
  const out = new Set<string>();
  const walk = (v: unknown, key: string): void => {
    if (typeof v === 'string') {
      if (v.length >= MIN_SECRET && !key.startsWith('$')) out.add(v);
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(entity, '');
  return [...out].sort((a, b) => b.length - a.length);
}

/** Erases one entity the caller can see; NOT_FOUND otherwise (another tenant's included). */
export async function eraseEntity(gov: Governance, input: ErasureRequest, ctx: RequestContext): Promise<{ erased: true; auditEntriesRedacted: number }> {
  const { type, id } = input;
  const reason = input.reason.trim();
  if (reason.length < 3) throw new StudioError('VALIDATION', 'Say why the data is erased (at least 3 characters)', { issues: [{ path: ['reason'], message: 'required' }] });
  // The store's delete is recorded as `erase` with the reason, by the audit observer, in the same transaction.
  const request = { ...(currentRequest() ?? ctx), auditAction: 'erase' as const, reason };
  const redacted = await withRequest(request, () =>
    gov.store().transaction(async (tx) => {
      const entity = await tx.get(type, id, { deleted: 'include' });
      if (!entity) throw notFound(type, id);
      const chain = await tx.connection((db) => verifyAuditChain(db));
      if (!chain.ok) {
        throw new StudioError('CONFLICT', `The audit trail's hash chain is already broken at entry ${chain.brokenAt}: erasure re-hashes it and would hide that. Investigate first.`, {
          details: { brokenAt: chain.brokenAt },
        });
      }
      const scoped = await tx.connection((db) => tenantScopedTypes(db));
      const tenant = tenantFor(scoped, type, request.tenant);
      const tenantPath = `$${(scoped.get(type) ?? []).map((k) => `."${k}"`).join('')}`;
      const secrets = secretsOf(entity).filter((s) => s !== tenant);
      await tx.delete(type, id, { force: true });
      return tx.connection((db) => {
        // Retention's archived copies of it (another tenant's copy of a reused id is not it).
        if (tenant === undefined) db.prepare('DELETE FROM archived_entities WHERE type = ? AND entity_id = ?').run(type, id);
        else db.prepare('DELETE FROM archived_entities WHERE type = ? AND entity_id = ? AND json_extract(doc, ?) = ?').run(type, id, tenantPath, tenant);
        db.prepare('DELETE FROM blind_index WHERE entity_id = ?').run(id);
        const purge = db.prepare('DELETE FROM recent_queries WHERE instr(body, ?) > 0');
        for (const s of secrets) purge.run(s);
        return redactAuditOf(db, { type, id, ...(tenant !== undefined ? { tenant } : {}) }, secrets);
      }, { write: true });
    }),
  );
  const raw = gov.raw();
  await raw.connection((db) => db.exec("INSERT INTO entity_fts(entity_fts) VALUES('optimize')"), { write: true });
  await raw.connection((db) => db.pragma('wal_checkpoint(TRUNCATE)'));
  return { erased: true, auditEntriesRedacted: redacted };
}
