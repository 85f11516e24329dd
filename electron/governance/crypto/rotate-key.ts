/**
 * Key rotation: every encrypted value (entities and the audit log's copies) decrypted with the
 * old key and encrypted with the new one, every blind index recomputed, and the key id the
 * database records switched, all in one transaction, so a failure leaves everything under the
 * old key. Stored documents are rewritten in place (not as new versions): rotation changes
 * how values are stored, not what they are. The audit log's hash chain is recomputed after
 * its rows are re-encrypted.
 */
import type Database from 'better-sqlite3';
import type { Store } from '../../store/types';
import { rechainAudit } from '../audit/audit-log';
import { blindIndex } from './blind-index';
import { decryptField, encryptField, isEncrypted } from './field-cipher';
import type { FieldKey } from './field-key';

/** What a rotation re-encrypted. */
export interface RotationResult {
  entities: number;
  values: number;
  auditValues: number;
}

type Doc = Record<string, unknown>;

/** The encrypted fields of a type and, where it has tenants, the property holding the tenant. */
export interface EncryptedType {
  fields: readonly string[];
  tenantField?: string;
}

function rotateDb(db: Database.Database, encrypted: ReadonlyMap<string, EncryptedType>, from: FieldKey, to: FieldKey): RotationResult {
  const result: RotationResult = { entities: 0, values: 0, auditValues: 0 };
  const updateDoc = db.prepare('UPDATE entities SET doc = ? WHERE id = ?');
  const upsertIndex = db.prepare('INSERT INTO blind_index(entity_id, field, digest) VALUES (?, ?, ?) ON CONFLICT(entity_id, field) DO UPDATE SET digest = excluded.digest');
  const updateAudit = db.prepare('UPDATE audit_log SET changes = ? WHERE seq = ?');
  for (const [type, spec] of encrypted) {
    const { fields } = spec;
    const rows = db.prepare('SELECT id, doc FROM entities WHERE type = ?').all(type) as Array<{ id: string; doc: string }>;
    for (const row of rows) {
      const doc = JSON.parse(row.doc) as Doc;
      let touched = false;
      for (const field of fields) {
        const value = doc[field];
        if (!isEncrypted(value)) continue;
        const site = { type, id: row.id, field };
        const plain = decryptField(from, value, site);
        doc[field] = encryptField(to, plain, site);
        const tenant = spec.tenantField ? String(doc[spec.tenantField] ?? '') : '';
        upsertIndex.run(row.id, field, blindIndex(to, tenant, field, plain));
        touched = true;
        result.values += 1;
      }
      if (touched) {
        updateDoc.run(JSON.stringify(doc), row.id);
        result.entities += 1;
      }
    }
    const audits = db.prepare('SELECT seq, entity_id, changes FROM audit_log WHERE type = ?').all(type) as Array<{ seq: number; entity_id: string; changes: string }>;
    for (const row of audits) {
      const changes = JSON.parse(row.changes) as Array<Record<string, unknown>>;
      let touched = false;
      for (const change of changes) {
        const field = String(change.field);
        if (!fields.includes(field)) continue;
        for (const side of ['oldValue', 'newValue'] as const) {
          const value = change[side];
          if (!isEncrypted(value)) continue;
          const site = { type, id: row.entity_id, field };
          change[side] = encryptField(to, decryptField(from, value, site), site);
          touched = true;
          result.auditValues += 1;
        }
      }
      if (touched) updateAudit.run(JSON.stringify(changes), row.seq);
    }
  }
  rechainAudit(db);
  db.prepare("INSERT INTO governance_meta(key, value) VALUES ('key_id', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(to.id);
  return result;
}

/** Re-encrypts everything under `to`; `encrypted` maps each type to its encrypted fields. */
export function rotateKey(store: Store, encrypted: ReadonlyMap<string, EncryptedType>, from: FieldKey, to: FieldKey): Promise<RotationResult> {
  return store.connection((db) => rotateDb(db, encrypted, from, to), { write: true });
}
