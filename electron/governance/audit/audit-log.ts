/**
 * The audit log: one row per audited action, appended inside the transaction of the change it
 * records, chained by hash (each row's hash covers the previous row's), so an edited or
 * deleted row breaks the chain and `verifyAuditChain` finds it.
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { AuditAction, AuditContext, AuditEntry } from '../../../shared/governance/audit-entry';
import type { FieldChange } from '../../../shared/governance/diff';

/** An entry to append (the sequence number and hash are assigned). */
export type AuditRecord = Omit<AuditEntry, 'seq'>;

interface AuditRow {
  seq: number;
  ts: string;
  actor: string;
  action: string;
  type: string;
  entity_id: string;
  version: number;
  changes: string;
  context: string;
  reason: string | null;
  hash: string;
}

const GENESIS = '0'.repeat(64);

function rowHash(prev: string, r: Omit<AuditRow, 'seq' | 'hash'>): string {
  return createHash('sha256')
    .update(JSON.stringify([prev, r.ts, r.actor, r.action, r.type, r.entity_id, r.version, r.changes, r.context, r.reason]))
    .digest('hex');
}

const statements = new WeakMap<Database.Database, { last: Database.Statement; insert: Database.Statement }>();

function prepared(db: Database.Database): { last: Database.Statement; insert: Database.Statement } {
  let s = statements.get(db);
  if (!s) {
    s = {
      last: db.prepare('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1').pluck(),
      insert: db.prepare('INSERT INTO audit_log(ts, actor, action, type, entity_id, version, changes, context, reason, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'),
    };
    statements.set(db, s);
  }
  return s;
}

/** Appends one entry; call it inside the transaction of the change it records. Returns its sequence number. */
export function appendAudit(db: Database.Database, record: AuditRecord): number {
  const s = prepared(db);
  const row = {
    ts: record.timestamp,
    actor: record.actor,
    action: record.action,
    type: record.type,
    entity_id: record.id,
    version: record.version,
    changes: JSON.stringify(record.changes),
    context: JSON.stringify(record.context),
    reason: record.reason ?? null,
  };
  const prev = (s.last.get() as string | undefined) ?? GENESIS;
  const hash = rowHash(prev, row);
  return Number(s.insert.run(row.ts, row.actor, row.action, row.type, row.entity_id, row.version, row.changes, row.context, row.reason, hash).lastInsertRowid);
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    seq: row.seq,
    timestamp: row.ts,
    actor: row.actor,
    action: row.action as AuditAction,
    type: row.type,
    id: row.entity_id,
    version: row.version,
    changes: JSON.parse(row.changes) as FieldChange[],
    context: JSON.parse(row.context) as AuditContext,
    ...(row.reason !== null ? { reason: row.reason } : {}),
  };
}

/**
 * Which of an entity's entries a caller may read: those recorded for its type (an id given
 * with another type must not replay another entity's values), and on a tenant-scoped type
 * only those recorded for the caller's tenant.
 */
export interface AuditScope {
  type?: string;
  tenant?: string;
}

/** The WHERE conditions of an entity's entries under a scope, and their parameters. */
function scoped(id: string, scope: AuditScope | undefined): { where: string; params: unknown[] } {
  let where = 'entity_id = ?';
  const params: unknown[] = [id];
  if (scope?.type !== undefined) {
    where += ' AND type = ?';
    params.push(scope.type);
  }
  if (scope?.tenant !== undefined) {
    where += " AND json_extract(context, '$.tenant') = ?";
    params.push(scope.tenant);
  }
  return { where, params };
}

/** An entity's entries, newest first; `beforeSeq` pages back through a long history. */
export function auditEntries(db: Database.Database, id: string, options: { limit?: number; beforeSeq?: number } & AuditScope = {}): AuditEntry[] {
  const { where, params } = scoped(id, options);
  const rows = db
    .prepare(`SELECT * FROM audit_log WHERE ${where} AND seq < ? ORDER BY seq DESC LIMIT ?`)
    .all(...params, options.beforeSeq ?? Number.MAX_SAFE_INTEGER, options.limit ?? -1) as AuditRow[];
  return rows.map(toEntry);
}

/** An entity's entries that changed data and came after `version`, newest first (what to undo to get back to it). */
export function entriesAfterVersion(db: Database.Database, id: string, version: number, scope?: AuditScope): AuditEntry[] {
  const { where, params } = scoped(id, scope);
  return (db.prepare(`SELECT * FROM audit_log WHERE ${where} AND version > ? AND action <> 'reveal' ORDER BY seq DESC`).all(...params, version) as AuditRow[]).map(toEntry);
}

/** When an entity's data-changing entry of `version` was written (undefined when there is none). */
export function versionTimestamp(db: Database.Database, id: string, version: number, scope?: AuditScope): string | undefined {
  const { where, params } = scoped(id, scope);
  return db.prepare(`SELECT ts FROM audit_log WHERE ${where} AND version = ? AND action <> 'reveal' ORDER BY seq DESC LIMIT 1`).pluck().get(...params, version) as string | undefined;
}

/** The version an entity had at a time: that of its last data-changing entry at or before it (0 when it did not exist yet). */
export function versionAtTime(db: Database.Database, id: string, time: string, scope?: AuditScope): number {
  const { where, params } = scoped(id, scope);
  const v = db.prepare(`SELECT version FROM audit_log WHERE ${where} AND ts <= ? AND action <> 'reveal' ORDER BY seq DESC LIMIT 1`).pluck().get(...params, time);
  return v === undefined ? 0 : Number(v);
}

/** Entries across all entities, newest first, optionally of one action. */
export function recentAudit(db: Database.Database, options: { limit?: number; action?: AuditAction } = {}): AuditEntry[] {
  const rows = options.action
    ? db.prepare('SELECT * FROM audit_log WHERE action = ? ORDER BY seq DESC LIMIT ?').all(options.action, options.limit ?? 100)
    : db.prepare('SELECT * FROM audit_log ORDER BY seq DESC LIMIT ?').all(options.limit ?? 100);
  return (rows as AuditRow[]).map(toEntry);
}

/** Re-computes the hash chain; reports the first row that does not match (edited, inserted or removed before it). */
export function verifyAuditChain(db: Database.Database): { ok: boolean; rows: number; brokenAt?: number } {
  let prev = GENESIS;
  let rows = 0;
  for (const row of db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as Iterable<AuditRow>) {
    rows += 1;
    if (rowHash(prev, row) !== row.hash) return { ok: false, rows, brokenAt: row.seq };
    prev = row.hash;
  }
  return { ok: true, rows };
}

/**
 * Recomputes the hashes in order: of every row after a key rotation re-encrypted the rows'
 * values, or from row `fromSeq` on after an erasure redacted them.
 */
export function rechainAudit(db: Database.Database, fromSeq = 0): void {
  const update = db.prepare('UPDATE audit_log SET hash = ? WHERE seq = ?');
  let prev = (db.prepare('SELECT hash FROM audit_log WHERE seq < ? ORDER BY seq DESC LIMIT 1').pluck().get(fromSeq) as string | undefined) ?? GENESIS;
  for (const row of db.prepare('SELECT * FROM audit_log WHERE seq >= ? ORDER BY seq').all(fromSeq) as AuditRow[]) {
    const hash = rowHash(prev, row);
    if (hash !== row.hash) update.run(hash, row.seq);
    prev = hash;
  }
}
