import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { loadDesktopKey, type SafeStorageLike } from './safe-storage-key';
import { createKeyFile, loadServerKey, readKeyFile, KEY_ENV_VAR } from './key-source';

/** A keychain that really encrypts, like the OS one, with a secret of its own. */
function keychain(backend: string, available = true): SafeStorageLike {
  const secret = randomBytes(32);
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
    encryptString(plain) {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', secret, iv);
      const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
      return Buffer.concat([iv, c.getAuthTag(), body]);
    },
    decryptString(data) {
      const d = createDecipheriv('aes-256-gcm', secret, data.subarray(0, 12));
      d.setAuthTag(data.subarray(12, 28));
      return Buffer.concat([d.update(data.subarray(28)), d.final()]).toString('utf8');
    },
  };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'keys-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('loadDesktopKey', () => {
  it('creates a key on first use and reads the same key back', () => {
    const chain = keychain('gnome_libsecret');
    const first = loadDesktopKey(join(dir, 'key.bin'), chain);
    expect(first.master).toHaveLength(32);
    expect(first.info).toEqual({ source: 'safeStorage', protected: true });
    expect(readFileSync(join(dir, 'key.bin')).toString('base64')).not.toContain(first.master!.toString('base64'));
    expect(loadDesktopKey(join(dir, 'key.bin'), chain).master).toEqual(first.master);
  });

  it('reports basic_text as no protection', () => {
    const loaded = loadDesktopKey(join(dir, 'key.bin'), keychain('basic_text'));
    expect(loaded.master).toHaveLength(32);
    expect(loaded.info.protected).toBe(false);
    expect(loaded.info.warning).toMatch(/basic_text.*no protection/);
  });

  it('stays locked, without touching the file, when the keychain is unavailable or cannot decrypt', () => {
    expect(loadDesktopKey(join(dir, 'key.bin'), keychain('kwallet', false)).master).toBeNull();
    loadDesktopKey(join(dir, 'key.bin'), keychain('kwallet'));
    const before = readFileSync(join(dir, 'key.bin'));
    const other = loadDesktopKey(join(dir, 'key.bin'), keychain('kwallet'));
    expect(other.master).toBeNull();
    expect(other.info.warning).toMatch(/cannot be decrypted.*untouched/);
    expect(readFileSync(join(dir, 'key.bin'))).toEqual(before);
  });
});

describe('server keys', () => {
  it('prefers the environment variable, then the key file', () => {
    const file = join(dir, 'studio.key');
    const created = createKeyFile(file);
    expect(readKeyFile(file)).toEqual(created);
    expect(() => createKeyFile(file)).toThrow(/never overwritten/);
    expect(loadServerKey({ keyFile: file, env: {} }).master).toEqual(created);
    const envKey = randomBytes(32);
    expect(loadServerKey({ keyFile: file, env: { [KEY_ENV_VAR]: envKey.toString('hex') } }).master).toEqual(envKey);
    expect(loadServerKey({ env: {} }).master).toBeNull();
  });

  it('refuses a malformed key file with its name', () => {
    const file = join(dir, 'bad.key');
    writeFileSync(file, 'not a key');
    expect(() => readKeyFile(file)).toThrow(/bad\.key does not hold a 32-byte key/);
  });
});
