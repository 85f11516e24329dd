/**
 * What the history panel asks of the audit trail: an entity's entries, the entity at a
 * version or a time, the difference between any two versions, who changed a field, reverting
 * the whole entity or one field (itself audited as `revert`), and revealing personal data
 * with a stated reason (audited as `reveal`). Values come back decrypted; masking them before
 * they leave the main process is the handlers' job.
 */
import { StudioError, notFound } from '../../../shared/errors';
import type { Entity } from '../../../shared/entity';
import type { AuditEntry, FieldHistoryItem } from '../../../shared/governance/audit-entry';
import { diffEntities, type FieldChange } from '../../../shared/governance/diff';
import { cloneJson, getAt, hasAt, parseFieldPath, setAt, unsetAt } from '../../../shared/governance/field-path';
import type { Store } from '../../store/types';
import { decryptFields } from '../crypto/entity-crypto';
import type { Governance } from '../governance';
import { appendAudit, auditEntries, type AuditScope } from './audit-log';
import { auditContextOf, type AuditedContext } from './audit-observer';
import { entityAtTime, entityAtVersion, whoChangedField } from './history';
import { storeContext } from './request-scope';
import { danglingReferences, type DanglingReference } from './dangling-references';
import { tenantFor, tenantScopedTypes } from '../tenant-scope';

type Doc = Record<string, unknown>;
const BOOKKEEPING = ['$type', '$id', '$version', '$createdAt', '$updatedAt'];

/** What a revert would do: the field changes and references that point nowhere. */
export interface RevertPreview {
  changes: FieldChange[];
  warnings: DanglingReference[];
}

function props(entity: Entity | null): Doc {
  const out: Doc = { ...(entity ?? {}) };
  for (const k of BOOKKEEPING) delete out[k];
  return out;
}

/** The audit trail's operations over a governed store. */
export class AuditService {
  constructor(private readonly gov: Governance) {}

  private raw(): Store {
    return this.gov.raw();
  }

  private decrypt(entity: Entity | null): Entity | null {
    if (!entity) return null;
    const fields = this.gov.policy().forType(entity.$type)?.encrypted ?? [];
    return fields.length ? decryptFields(this.gov.keyState().key, entity.$type, entity.$id, entity, fields) : entity;
  }

  /** The stored entity as the caller may see it (soft-deleted too), in stored form, or null. */
  async stored(type: string, id: string): Promise<Entity | null> {
    const ctx = storeContext(undefined);
    return this.raw().get(type, id, { deleted: 'include', context: ctx });
  }

  /**
   * The entries the caller may read: those of the type asked for and, on a tenant-scoped type,
   * those of the caller's tenant (FORBIDDEN without one, as the store rules).
   */
  private async scope(type: string): Promise<AuditScope> {
    const scoped = await this.raw().connection((db) => tenantScopedTypes(db));
    const tenant = tenantFor(scoped, type, storeContext(undefined).tenant);
    return tenant === undefined ? { type } : { type, tenant };
  }

  /** An entity's entries, newest first, `limit` at a time. */
  async history(type: string, id: string, options: { limit?: number; beforeSeq?: number } = {}): Promise<{ entries: AuditEntry[]; next: number | null }> {
    const limit = options.limit ?? 200;
    const scope = await this.scope(type);
    const entries = await this.raw().connection((db) => auditEntries(db, id, { limit: limit + 1, beforeSeq: options.beforeSeq, ...scope }));
    const page = entries.slice(0, limit);
    return { entries: page, next: entries.length > limit ? (page[page.length - 1]?.seq ?? null) : null };
  }

  /** The entity at a version, decrypted (null when it did not exist then). */
  async atVersion(type: string, id: string, version: number): Promise<Entity | null> {
    const scope = await this.scope(type);
    const current = await this.stored(type, id);
    return this.decrypt(await this.raw().connection((db) => entityAtVersion(db, type, id, current, version, scope)));
  }

  /** The entity at an ISO time, decrypted (null when it did not exist yet). */
  async atTime(type: string, id: string, time: string): Promise<Entity | null> {
    const scope = await this.scope(type);
    const current = await this.stored(type, id);
    return this.decrypt(await this.raw().connection((db) => entityAtTime(db, type, id, current, time, scope)));
  }

  /** The changes from version `from` to version `to` (any two, not only neighbours). */
  async compare(type: string, id: string, from: number, to: number): Promise<FieldChange[]> {
    const [a, b] = await Promise.all([this.atVersion(type, id, from), this.atVersion(type, id, to)]);
    return diffEntities(a, b);
  }

  /** Every change of a field, oldest first, with encrypted values decrypted. */
  async whoChanged(type: string, id: string, field: string): Promise<FieldHistoryItem[]> {
    const scope = await this.scope(type);
    const items = await this.raw().connection((db) => whoChangedField(db, id, field, scope));
    const encrypted = this.gov.policy().forType(type)?.encrypted ?? [];
    if (encrypted.length === 0) return items;
    const open = (root: string, v: unknown): unknown => (this.decrypt({ $type: type, $id: id, [root]: v } as Entity) as Doc)[root];
    return items.map((item) => {
      const root = String(parseFieldPath(item.field)[0]);
      if (!encrypted.includes(root) || item.field !== root) return item;
      return {
        ...item,
        ...('oldValue' in item ? { oldValue: open(root, item.oldValue) } : {}),
        ...('newValue' in item ? { newValue: open(root, item.newValue) } : {}),
      };
    });
  }

  /** The entity's properties after reverting to `version` (whole, or one field of it). */
  private async target(type: string, id: string, version: number, field?: string): Promise<{ current: Entity | null; next: Doc }> {
    const current = this.decrypt(await this.stored(type, id));
    const then = await this.atVersion(type, id, version);
    if (!then && !field) throw new StudioError('VALIDATION', `${type} "${id}" did not exist at version ${version}`, { details: { version } });
    if (!field) return { current, next: props(then) };
    if (!current) throw notFound(type, id);
    const path = parseFieldPath(field);
    const next = cloneJson(props(current));
    if (then && hasAt(then, path)) setAt(next, path, cloneJson(getAt(then, path)));
    else unsetAt(next, path);
    return { current, next };
  }

  /** What reverting would change, and the references it would restore that point at nothing. */
  async previewRevert(type: string, id: string, version: number, field?: string): Promise<RevertPreview> {
    const { current, next } = await this.target(type, id, version, field);
    const changes = diffEntities(props(current), next);
    const warnings = await this.raw().connection((db) => danglingReferences(db, changes));
    const live = await Promise.all(warnings.map((w) => this.raw().get(w.type, w.id, { context: storeContext(undefined) })));
    return { changes, warnings: warnings.filter((_, i) => live[i] === null) };
  }

  /** Reverts to `version` (the whole entity, or one field); the revert is a new version, audited as `revert`. */
  async revert(type: string, id: string, version: number, options: { field?: string; expectedVersion?: number } = {}): Promise<Entity> {
    const reason = options.field ? `${options.field} reverted to version ${version}` : `reverted to version ${version}`;
    const store = this.gov.store();
    return store.transaction(async (tx) => {
      const { current, next } = await this.target(type, id, version, options.field);
      const context = storeContext(undefined, { auditAction: 'revert', reason });
      if (!current) return tx.create(type, { ...next, $id: id }, { context });
      if (options.expectedVersion !== undefined && current.$version !== options.expectedVersion) {
        throw new StudioError('CONFLICT', `${type} "${id}" is at version ${current.$version}, not ${options.expectedVersion}: reload before reverting`);
      }
      if (current.deleted === true && next.deleted !== true) await tx.restore(type, id, { context });
      const { deleted: _d, deletedAt: _a, deletedBy: _b, ...data } = next;
      return tx.update(type, id, data, { context });
    });
  }

  /** Reads fields unmasked for a stated reason, writing a `reveal` entry; returns their values. */
  async reveal(type: string, id: string, fields: string[], reason: string): Promise<Record<string, unknown>> {
    if (reason.trim().length < 3) throw new StudioError('VALIDATION', 'Say why the data is revealed (at least 3 characters)', { issues: [{ path: ['reason'], message: 'required' }] });
    await this.scope(type);
    const entity = await this.gov.store().get(type, id, { context: storeContext(undefined) });
    if (!entity) throw notFound(type, id);
    const ctx: AuditedContext = storeContext(undefined);
    const values: Record<string, unknown> = {};
    for (const field of fields) values[field] = getAt(entity, parseFieldPath(field)) ?? null;
    await this.raw().connection(
      (db) =>
        appendAudit(db, {
          timestamp: new Date().toISOString(),
          actor: ctx.actor ?? 'unknown',
          action: 'reveal',
          type,
          id,
          version: entity.$version ?? 0,
          changes: fields.map((field) => ({ field })),
          context: auditContextOf(ctx),
          reason: reason.trim(),
        }),
      { write: true },
    );
    return values;
  }
}
