/**
 * Retention: each collection's `retention: { duration, action, field }` rule and its TTL
 * indexes decide which entities go. A preview lists what a sweep would remove without
 * removing anything; a sweep removes it, each removal through the store's write path, so
 * each is audited (`expire`, or `archive` with the archived copy kept in `archived_entities`).
 * Sweeps use the store without governance so archived copies keep encrypted fields encrypted.
 */
import type { Entity } from '../../../shared/entity';
import { parseDuration } from '../../../shared/governance/duration';
import { jsonPathText } from '../../query/identifiers';
import type { Store, Where } from '../../store/types';
import type { AuditedContext } from '../audit/audit-observer';
import type { GovernancePolicy } from '../policy';

/** The actor retention writes as. */
export const RETENTION_ACTOR = 'system:retention';
/** Most entities one sweep removes per rule, so a sweep never holds the store for long. */
const BATCH = 5000;

/** One rule's candidates. */
export interface RetentionCandidates {
  type: string;
  rule: string;
  action: 'delete' | 'soft-delete' | 'archive' | 'expire';
  count: number;
  /** The first few, to show. */
  sample: Array<{ id: string; label: string; at: unknown }>;
}

interface Rule {
  type: string;
  rule: string;
  action: RetentionCandidates['action'];
  where: Where;
  field: string;
  /** The collection's tenant property: its rule runs once per tenant, as that tenant. */
  tenantField?: string;
}

function rulesOf(policy: GovernancePolicy, now: number, only?: string): Rule[] {
  const rules: Rule[] = [];
  for (const p of policy.all()) {
    if (only && p.type !== only) continue;
    const tenancy = p.settings.tenantField ? { tenantField: p.settings.tenantField } : {};
    if (p.retention) {
      const cutoff = new Date(now - parseDuration(p.retention.duration)).toISOString();
      rules.push({ type: p.type, rule: `retention ${p.retention.duration} (${p.retention.action})`, action: p.retention.action, field: p.retention.field, where: { [p.retention.field]: { $lt: cutoff } }, ...tenancy });
    }
    for (const index of p.indexes) {
      if (index.expireAfterSeconds === undefined) continue;
      const field = index.fields[0]!;
      const cutoff = now - index.expireAfterSeconds * 1000;
      // The engine's TTL sweep reads dates as ISO text or epoch milliseconds; so does the preview.
      rules.push({ type: p.type, rule: `TTL ${field} + ${index.expireAfterSeconds} s`, action: 'expire', field, where: { $or: [{ [field]: { $lt: new Date(cutoff).toISOString() } }, { [field]: { $lt: cutoff } }] }, ...tenancy });
    }
  }
  return rules;
}

/**
 * Whom a rule runs for: on a tenant-scoped collection every tenant that has entities of the
 * type (the store refuses a read without a tenant there), else the store as a whole.
 */
async function tenantsOf(store: Store, r: Rule, only?: string): Promise<Array<string | undefined>> {
  if (!r.tenantField) return [undefined];
  if (only !== undefined) return [only];
  const path = jsonPathText(r.tenantField.split('.'));
  return store.connection((db) =>
    db.prepare("SELECT DISTINCT json_extract(doc, ?) FROM entities WHERE type = ? AND json_type(doc, ?) = 'text' ORDER BY 1").pluck().all(path, r.type, path) as string[],
  );
}

function label(e: Entity): string {
  const name = e.name ?? e.headline ?? e.title;
  return typeof name === 'string' ? name : e.$id;
}

/** What a sweep would remove now, per rule (a dry run: nothing changes); `tenant` limits it to one tenant's entities. */
export async function previewRetention(store: Store, policy: GovernancePolicy, options: { type?: string; now?: number; tenant?: string } = {}): Promise<RetentionCandidates[]> {
  const out: RetentionCandidates[] = [];
  for (const r of rulesOf(policy, options.now ?? Date.now(), options.type)) {
    let count = 0;
    const sample: Entity[] = [];
    for (const tenant of await tenantsOf(store, r, options.tenant)) {
      const context = { actor: RETENTION_ACTOR, ...(tenant !== undefined ? { tenant } : {}) };
      const n = await store.count(r.type, { where: r.where, context });
      count += n;
      // Without a tenant a scoped collection answers its count only: no tenant's entities are shown to another.
      const mayShow = !r.tenantField || options.tenant !== undefined;
      if (n > 0 && mayShow && sample.length < 10) sample.push(...(await store.list(r.type, { where: r.where, limit: 10 - sample.length, orderBy: { [r.field]: 'asc' }, context })));
    }
    out.push({ type: r.type, rule: r.rule, action: r.action, count, sample: sample.map((e) => ({ id: e.$id, label: label(e), at: e[r.field] })) });
  }
  return out;
}

/** Removes what the rules say is due; returns how many each rule removed. */
export async function sweepRetention(store: Store, policy: GovernancePolicy, options: { type?: string; now?: number } = {}): Promise<Array<{ type: string; rule: string; removed: number }>> {
  const results: Array<{ type: string; rule: string; removed: number }> = [];
  for (const r of rulesOf(policy, options.now ?? Date.now(), options.type)) {
    if (r.action === 'expire') continue; // the engine's own TTL sweep removes these (audited as expire)
    let removed = 0;
    for (const tenant of await tenantsOf(store, r)) {
      const context: AuditedContext = { actor: RETENTION_ACTOR, transport: 'system', reason: r.rule, auditAction: r.action === 'archive' ? 'archive' : 'expire', ...(tenant !== undefined ? { tenant } : {}) };
      removed += await sweepOne(store, r, context);
    }
    results.push({ type: r.type, rule: r.rule, removed });
  }
  return results;
}

/** One batch of one rule, for one tenant (or the whole store), in one transaction. */
async function sweepOne(store: Store, r: Rule, context: AuditedContext): Promise<number> {
  return store.transaction(async (tx) => {
    const due = await tx.list(r.type, { where: r.where, limit: BATCH, context });
    if (due.length === 0) return 0;
    if (r.action === 'archive') {
      const at = new Date().toISOString();
      await tx.connection((db) => {
        const insert = db.prepare('INSERT INTO archived_entities(type, entity_id, doc, archived_at, rule) VALUES (?, ?, ?, ?, ?)');
        for (const e of due) insert.run(r.type, e.$id, JSON.stringify(e), at, r.rule);
      }, { write: true });
    }
    const { deletedCount } = await tx.deleteMany(r.type, { where: { $id: { $in: due.map((e) => e.$id) } }, force: r.action !== 'soft-delete', context });
    return deletedCount;
  });
}
