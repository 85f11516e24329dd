/**
 * Encryption of one field value at rest: AES-256-GCM with a fresh 96-bit IV per value, the
 * value's JSON as plaintext, and the entity's type, id and field path as additional
 * authenticated data, so a ciphertext copied to another row or field fails to decrypt.
 * Stored form: `enc:v1:<key id>:<base64url of iv | tag | ciphertext>`.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { StudioError } from '../../../shared/errors';
import type { FieldKey } from './field-key';

const PREFIX = 'enc:v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Where a value lives; bound into the ciphertext. */
export interface FieldSite {
  type: string;
  id: string;
  field: string;
}

function aad(site: FieldSite): Buffer {
  return Buffer.from(`${site.type}\u0000${site.id}\u0000${site.field}`, 'utf8');
}

/** True when a stored value is an encrypted envelope. */
export function isEncrypted(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(PREFIX);
}

/** The id of the key an envelope was written with. */
export function envelopeKeyId(envelope: string): string {
  return envelope.slice(PREFIX.length).split(':', 1)[0] ?? '';
}

/** Encrypts a JSON value for one field of one entity. */
export function encryptField(key: FieldKey, value: unknown, site: FieldSite): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key.encryption, iv);
  cipher.setAAD(aad(site));
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return `${PREFIX}${key.id}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
}

/**
 * Decrypts an envelope. A different key, a changed byte or a value moved from another row all
 * fail with LOCKED naming the field; nothing is returned in their place.
 */
export function decryptField(key: FieldKey, envelope: string, site: FieldSite): unknown {
  const keyId = envelopeKeyId(envelope);
  if (keyId !== key.id) {
    throw new StudioError('LOCKED', `${site.type} "${site.id}" field ${site.field} was encrypted with key ${keyId}, but the key in use is ${key.id}: open the workspace with the key it was written with.`, {
      details: { type: site.type, id: site.id, field: site.field, keyId },
    });
  }
  const raw = Buffer.from(envelope.slice(PREFIX.length + keyId.length + 1), 'base64url');
  try {
    if (raw.length < IV_BYTES + TAG_BYTES) throw new Error('short');
    const decipher = createDecipheriv('aes-256-gcm', key.encryption, raw.subarray(0, IV_BYTES));
    decipher.setAAD(aad(site));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    const text = Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    return JSON.parse(text) as unknown;
  } catch {
    throw new StudioError('LOCKED', `${site.type} "${site.id}" field ${site.field} failed its integrity check: it was altered or copied from elsewhere.`, {
      details: { type: site.type, id: site.id, field: site.field },
    });
  }
}
