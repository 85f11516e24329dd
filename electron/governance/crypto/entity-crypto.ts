/**
 * Encrypting and decrypting the encrypted fields of whole entities. Without a key, stored
 * ciphertext reads as `LOCKED_VALUE` and may be written back unchanged, but no new value of an
 * encrypted field can be written: the app stays usable, locked fields stay locked, nothing is lost.
 */
import { StudioError } from '../../../shared/errors';
import { jsonEquals } from '../../../shared/governance/diff';
import { decryptField, encryptField, isEncrypted } from './field-cipher';
import type { FieldKey } from './field-key';
import { LOCKED_VALUE } from '../../../shared/governance/pii-policy';

/** What an encrypted field reads as while no key is available. */
export { LOCKED_VALUE };

type Doc = Record<string, unknown>;

/** A copy of `entity` with its encrypted fields decrypted (or shown as locked without a key). */
export function decryptFields<T extends Doc>(key: FieldKey | null, type: string, id: string, entity: T, fields: readonly string[]): T {
  let out: T | undefined;
  for (const field of fields) {
    const value = entity[field];
    if (!isEncrypted(value)) continue;
    out ??= { ...entity };
    (out as Doc)[field] = key ? decryptField(key, value, { type, id, field }) : LOCKED_VALUE;
  }
  return out ?? entity;
}

/**
 * The properties to store: each encrypted field's value encrypted for this entity. A value
 * equal to what is stored keeps its stored ciphertext, so an edit of another field does not
 * show every encrypted field as changed in the audit trail.
 */
export function encryptFields(
  key: FieldKey | null,
  type: string,
  id: string,
  props: Doc,
  fields: readonly string[],
  stored: { encrypted: Doc; plain: Doc } | null,
): Doc {
  const out: Doc = { ...props };
  for (const field of fields) {
    if (!Object.prototype.hasOwnProperty.call(out, field)) continue;
    const value = out[field];
    if (value === null || value === undefined) continue;
    const storedValue = stored?.encrypted[field];
    if (stored && isEncrypted(storedValue) && (value === LOCKED_VALUE || jsonEquals(stored.plain[field], value))) {
      out[field] = storedValue;
      continue;
    }
    if (!key) {
      throw new StudioError('LOCKED', `${type}.${field} is encrypted and no encryption key is available: it cannot be written until the key is.`, {
        details: { type, field },
        issues: [{ path: [field], message: 'encrypted field: no key available' }],
      });
    }
    out[field] = encryptField(key, value, { type, id, field });
  }
  return out;
}
