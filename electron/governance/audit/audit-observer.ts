/**
 * The store observer that writes the audit trail: called by the engine for every write inside
 * the write's transaction, it appends one entry with the field-level changes, so a rolled-back
 * write leaves no entry and a committed one always has its entry.
 */
import type { Change, Context, WriteTransaction } from '../../store/types';
import type { AuditAction, AuditContext } from '../../../shared/governance/audit-entry';
import { diffEntities } from '../../../shared/governance/diff';
import { appendAudit } from './audit-log';

/**
 * The context a governed call passes to the store: the engine's tenant and actor, plus where
 * the request came from and, for writes the engine sees as plain updates, what they were.
 */
export interface AuditedContext extends Context {
  transport?: string;
  ip?: string;
  userAgent?: string;
  /** `patch` or `revert` where the engine records an update; `archive` for a retention removal. */
  auditAction?: AuditAction;
  /** Why: the version reverted to, the retention rule, the migration. */
  reason?: string;
}

/** The actor the engine's own TTL sweep writes as. */
export const TTL_ACTOR = 'system:ttl';

function actionOf(change: Change, ctx: AuditedContext): AuditAction {
  if (ctx.auditAction) return ctx.auditAction;
  if (change.action === 'delete' && ctx.actor === TTL_ACTOR) return 'expire';
  return change.action;
}

/** Where the request came from, as recorded. */
export function auditContextOf(ctx: AuditedContext): AuditContext {
  return {
    transport: ctx.transport ?? 'api',
    ...(ctx.ip ? { ip: ctx.ip } : {}),
    ...(ctx.userAgent ? { userAgent: ctx.userAgent } : {}),
    ...(ctx.tenant ? { tenant: ctx.tenant } : {}),
  };
}

/**
 * The `onWrite` observer that appends an audit entry per write, in the write's transaction.
 * A change of a tenant-scoped entity names the entity's tenant (the store sees to it, for the
 * system's own writes too), so its entry is recorded for that tenant.
 */
export function auditObserver(now: () => Date = () => new Date()): (change: Change, tx: WriteTransaction) => void {
  return (change, tx) => {
    const ctx = change.context as AuditedContext;
    const version = change.after?.$version ?? (change.before?.$version ?? 0) + 1;
    appendAudit(tx.db, {
      timestamp: change.after?.$updatedAt ?? now().toISOString(),
      actor: ctx.actor ?? 'unknown',
      action: actionOf(change, ctx),
      type: change.type,
      id: change.id,
      version,
      // Written as JSON at once: the values need no copy of their own.
      changes: diffEntities(change.before, change.after, { shareValues: true }),
      context: auditContextOf(ctx),
      ...(ctx.reason ? { reason: ctx.reason } : {}),
    });
  };
}
