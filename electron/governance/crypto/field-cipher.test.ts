import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { decryptField, encryptField, envelopeKeyId, isEncrypted } from './field-cipher';
import { blindIndex } from './blind-index';
import { fieldKeyFrom, parseMasterKey } from './field-key';

const key = fieldKeyFrom(randomBytes(32));
const site = { type: 'Person', id: 'p1', field: 'ssn' };

function flipBit(envelope: string, byte: number): string {
  const prefix = envelope.slice(0, envelope.lastIndexOf(':') + 1);
  const raw = Buffer.from(envelope.slice(prefix.length), 'base64url');
  raw[byte % raw.length]! ^= 1;
  return prefix + raw.toString('base64url');
}

describe('field encryption', () => {
  it('round-trips any JSON value and never shows the plaintext', () => {
    for (const value of ['123-45-6789', 42, { street: '1 Main St' }, ['a', 'b'], null, '']) {
      const envelope = encryptField(key, value, site);
      expect(isEncrypted(envelope)).toBe(true);
      expect(envelopeKeyId(envelope)).toBe(key.id);
      expect(envelope).not.toContain('6789');
      expect(decryptField(key, envelope, site)).toEqual(value);
    }
  });

  it('fails on any flipped bit', () => {
    const envelope = encryptField(key, '123-45-6789', site);
    const length = Buffer.from(envelope.slice(envelope.lastIndexOf(':') + 1), 'base64url').length;
    for (let byte = 0; byte < length; byte++) expect(() => decryptField(key, flipBit(envelope, byte), site)).toThrow(/integrity/);
  });

  it('fails when a ciphertext is moved to another row, field or type', () => {
    const envelope = encryptField(key, 'secret', site);
    for (const other of [{ ...site, id: 'p2' }, { ...site, field: 'email' }, { ...site, type: 'Organization' }]) {
      expect(() => decryptField(key, envelope, other)).toThrow(/integrity/);
    }
  });

  it('names the key when another key wrote the value', () => {
    const envelope = encryptField(key, 'secret', site);
    const other = fieldKeyFrom(randomBytes(32));
    expect(() => decryptField(other, envelope, site)).toThrow(new RegExp(`encrypted with key ${key.id}`));
  });

  it('never repeats an IV over many encryptions', () => {
    const ivs = new Set<string>();
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      const envelope = encryptField(key, 'x', site);
      ivs.add(Buffer.from(envelope.slice(envelope.lastIndexOf(':') + 1), 'base64url').subarray(0, 12).toString('hex'));
    }
    expect(ivs.size).toBe(n);
  });
});

describe('blind index', () => {
  it('is equal for equal values, different per value, field and tenant', () => {
    const a = blindIndex(key, '', 'ssn', '123-45-6789');
    expect(blindIndex(key, '', 'ssn', '123-45-6789')).toBe(a);
    expect(blindIndex(key, '', 'ssn', '123-45-6780')).not.toBe(a);
    expect(blindIndex(key, '', 'taxID', '123-45-6789')).not.toBe(a);
    expect(blindIndex(key, 'acme', 'ssn', '123-45-6789')).not.toBe(a);
    expect(blindIndex(fieldKeyFrom(randomBytes(32)), '', 'ssn', '123-45-6789')).not.toBe(a);
  });
});

describe('parseMasterKey', () => {
  it('reads hex and base64 keys and refuses anything else', () => {
    const bytes = randomBytes(32);
    expect(parseMasterKey(bytes.toString('hex'), 'k')).toEqual(bytes);
    expect(parseMasterKey(bytes.toString('base64'), 'k')).toEqual(bytes);
    expect(parseMasterKey(`${bytes.toString('base64url')}\n`, 'k')).toEqual(bytes);
    expect(() => parseMasterKey('short', 'The key file k')).toThrow(/The key file k does not hold a 32-byte key/);
    expect(() => fieldKeyFrom(randomBytes(16))).toThrow(/32 bytes/);
  });
});
