/**
 * The `blind_index` table: for each encrypted field of each entity, the keyed HMAC of its
 * value, kept in step by a store observer inside every write's transaction and read to turn
 * an equality query on an encrypted field into a lookup by `$id`.
 */
import type Database from 'better-sqlite3';
import type { Change, WriteTransaction } from '../../store/types';
import { blindIndex } from './blind-index';
import { decryptField, isEncrypted } from './field-cipher';
import type { FieldKey } from './field-key';

const statements = new WeakMap<Database.Database, { remove: Database.Statement; upsert: Database.Statement }>();

function prepared(db: Database.Database): { remove: Database.Statement; upsert: Database.Statement } {
  let s = statements.get(db);
  if (!s) {
    s = {
      remove: db.prepare('DELETE FROM blind_index WHERE entity_id = ? AND field = ?'),
      upsert: db.prepare('INSERT INTO blind_index(entity_id, field, digest) VALUES (?, ?, ?) ON CONFLICT(entity_id, field) DO UPDATE SET digest = excluded.digest'),
    };
    statements.set(db, s);
  }
  return s;
}

/** The `onWrite` observer keeping blind indexes of the encrypted fields `fieldsOf(type)` names. */
export function blindIndexObserver(key: () => FieldKey | null, fieldsOf: (type: string) => readonly string[]): (change: Change, tx: WriteTransaction) => void {
  return (change, tx) => {
    const fields = fieldsOf(change.type);
    const k = key();
    if (fields.length === 0 || !k) return;
    const { remove, upsert } = prepared(tx.db);
    const tenant = change.context.tenant ?? '';
    for (const field of fields) {
      const value = change.after?.[field];
      if (!isEncrypted(value)) {
        remove.run(change.id, field);
        continue;
      }
      if (isEncrypted(change.before?.[field]) && change.before?.[field] === value) continue;
      const plain = decryptField(k, value, { type: change.type, id: change.id, field });
      upsert.run(change.id, field, blindIndex(k, tenant, field, plain));
    }
  };
}

/** The ids of entities whose `field` holds one of `values` (by blind index). */
export function idsByBlindIndex(db: Database.Database, key: FieldKey, tenant: string, field: string, values: readonly unknown[]): string[] {
  if (values.length === 0) return [];
  const digests = values.map((v) => blindIndex(key, tenant, field, v));
  const marks = digests.map(() => '?').join(', ');
  return db.prepare(`SELECT entity_id FROM blind_index WHERE field = ? AND digest IN (${marks})`).pluck().all(field, ...digests) as string[];
}
