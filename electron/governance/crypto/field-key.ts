/**
 * The master key of field encryption and the keys derived from it. One 32-byte master key
 * (from safeStorage, a key file or an environment variable) yields, through HKDF, a key for
 * AES-256-GCM and a key per tenant for blind indexes, so no key is ever used for two purposes.
 */
import { createHmac, createSecretKey, hkdfSync, type KeyObject } from 'node:crypto';
import { StudioError } from '../../../shared/errors';

/** The master key and what is derived from it. */
export interface FieldKey {
  /** A short public fingerprint naming the key in ciphertexts and in the database's key check. */
  readonly id: string;
  /** The AES-256-GCM key (a KeyObject: building a cipher from it is cheaper than from raw bytes). */
  readonly encryption: KeyObject;
  /** The blind-index key of a tenant (`''` when the store has no tenants). */
  blindKey(tenant: string): Buffer;
}

/** Bytes in a master key. */
export const MASTER_KEY_BYTES = 32;

function derive(master: Buffer, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), info, 32));
}

/** Wraps a master key; refuses anything but 32 bytes. */
export function fieldKeyFrom(master: Buffer): FieldKey {
  if (master.length !== MASTER_KEY_BYTES) {
    throw new StudioError('LOCKED', `The encryption key must be ${MASTER_KEY_BYTES} bytes; the one given has ${master.length}.`);
  }
  const encryption = createSecretKey(derive(master, 'semantic-studio/field-encryption/v1'));
  const blindRoot = derive(master, 'semantic-studio/blind-index/v1');
  const cache = new Map<string, Buffer>();
  return {
    id: createHmac('sha256', master).update('semantic-studio/key-id').digest('hex').slice(0, 16),
    encryption,
    blindKey(tenant) {
      let key = cache.get(tenant);
      if (!key) {
        key = createHmac('sha256', blindRoot).update(`tenant:${tenant}`).digest();
        cache.set(tenant, key);
      }
      return key;
    },
  };
}

/** Parses a master key written as 64 hex digits or as base64/base64url of 32 bytes (the forms key files and variables use). */
export function parseMasterKey(text: string, where: string): Buffer {
  const trimmed = text.trim();
  let bytes: Buffer | undefined;
  if (/^[0-9a-f]{64}$/i.test(trimmed)) bytes = Buffer.from(trimmed, 'hex');
  else if (/^[A-Za-z0-9+/_-]{43}=?$/.test(trimmed)) bytes = Buffer.from(trimmed.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  if (!bytes || bytes.length !== MASTER_KEY_BYTES) {
    throw new StudioError('LOCKED', `${where} does not hold a 32-byte key (64 hex digits, or 32 bytes in base64).`);
  }
  return bytes;
}
