/**
 * Blind indexes: a keyed HMAC of an encrypted field's value, stored beside the ciphertext, so
 * an equality query finds the entity without the database ever holding the plaintext. Each
 * tenant has its own key, so equal values of two tenants index differently.
 */
import { createHmac } from 'node:crypto';
import type { FieldKey } from './field-key';

/** The blind index of a value: the HMAC of its JSON, base64url, 128 bits (enough to keep collisions out of reach). */
export function blindIndex(key: FieldKey, tenant: string, field: string, value: unknown): string {
  return createHmac('sha256', key.blindKey(tenant)).update(field).update('\u0000').update(JSON.stringify(value)).digest().subarray(0, 16).toString('base64url');
}
