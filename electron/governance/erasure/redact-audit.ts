/**
 * Redaction of an erased entity's audit entries. Every value its entries recorded (old and new,
 * of every field: the entity is gone, so no value of it is kept) becomes `ERASED`; field names,
 * actors, times and versions stay, so the trail still says who changed what and when.
 *
 * The hash chain covers each row's changes, so redacting rewrites history the chain would
 * report as tampering. The erasure checks the chain first (a chain already broken is refused:
 * re-hashing must not launder an earlier edit), then, in the same transaction as the delete
 * and the `erase` entry, re-hashes from the first redacted row to the end. `audit.verify` then
 * passes and the `erase` entry, itself in the chain, records that (and why) it was done.
 */
import type Database from 'better-sqlite3';
import type { FieldChange } from '../../../shared/governance/diff';
import { ERASED } from '../../../shared/governance/masking';
import { rechainAudit } from '../audit/audit-log';

/** What an erased value reads as. */

function redactChange(change: FieldChange): FieldChange {
  return {
    field: change.field,
    ...('oldValue' in change ? { oldValue: ERASED } : {}),
    ...('newValue' in change ? { newValue: ERASED } : {}),
  };
}

/** `text` with every occurrence of the erased strings replaced. */
export function redactText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) out = out.split(s).join(ERASED);
  return out;
}

/**
 * Redacts every entry of the entity (values, and its strings where a stated reason quotes them)
 * and re-hashes the chain from the first changed row. Call inside the erasure's write
 * transaction. Returns how many entries other than the `erase` entry were rewritten.
 */
export function redactAuditOf(db: Database.Database, target: { type: string; id: string; tenant?: string }, secrets: readonly string[]): number {
  // On a tenant-scoped type an id may have been another tenant's before: only this tenant's entries are the entity's.
  const tenant = target.tenant === undefined ? '' : " AND json_extract(context, '$.tenant') = ?";
  const params = target.tenant === undefined ? [target.id, target.type] : [target.id, target.type, target.tenant];
  const rows = db.prepare(`SELECT seq, action, changes, reason FROM audit_log WHERE entity_id = ? AND type = ?${tenant} ORDER BY seq`).all(...params) as Array<{
    seq: number;
    action: string;
    changes: string;
    reason: string | null;
  }>;
  const update = db.prepare('UPDATE audit_log SET changes = ?, reason = ? WHERE seq = ?');
  let first: number | undefined;
  let redacted = 0;
  for (const row of rows) {
    const changes = JSON.stringify((JSON.parse(row.changes) as FieldChange[]).map(redactChange));
    const reason = row.reason === null ? null : redactText(row.reason, secrets);
    if (changes === row.changes && reason === row.reason) continue;
    update.run(changes, reason, row.seq);
    first ??= row.seq;
    if (row.action !== 'erase') redacted += 1;
  }
  if (first !== undefined) rechainAudit(db, first);
  return redacted;
}
