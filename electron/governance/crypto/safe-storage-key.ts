/**
 * The desktop app's master key, kept encrypted by Electron's safeStorage (the OS keychain:
 * Keychain, DPAPI, libsecret/kwallet) in a file of the user-data folder. This module takes
 * safeStorage as a parameter so it never imports Electron; the shell passes the real one.
 *
 * On Linux without a secret service, safeStorage falls back to its `basic_text` backend,
 * which encrypts with a password hard-coded in Chromium: anyone who can read the file can
 * decrypt it. The key still works, but it is reported as unprotected and the settings
 * screen says so; it is never silently treated as safe.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { StudioError } from '../../../shared/errors';
import { MASTER_KEY_BYTES } from './field-key';
import type { LoadedKey } from './key-source';

/** The part of Electron's `safeStorage` the key needs. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only in Electron: `basic_text`, `gnome_libsecret`, `kwallet`, ... */
  getSelectedStorageBackend?(): string;
}

/** What the settings screen shows when the key sits behind `basic_text`. */
export const BASIC_TEXT_WARNING =
  'No system keychain is available (safeStorage uses its basic_text backend): the encryption key is stored with a publicly known password, which is no protection. Install and unlock a secret service (GNOME Keyring or KWallet), or run server mode with a key file.';

/**
 * Loads the key from `file`, creating it on first use. Where safeStorage cannot encrypt, or
 * cannot decrypt an existing file, the result has no key (the app opens locked: encrypted
 * fields cannot be read or written) and the existing file is left as it is.
 */
export function loadDesktopKey(file: string, safeStorage: SafeStorageLike): LoadedKey {
  const backend = safeStorage.getSelectedStorageBackend?.();
  const unprotected = backend === 'basic_text';
  const info = { source: 'safeStorage' as const, protected: !unprotected, ...(unprotected ? { warning: BASIC_TEXT_WARNING } : {}) };
  if (!safeStorage.isEncryptionAvailable()) {
    return { master: null, info: { ...info, protected: false, warning: 'The system keychain is not available: encrypted fields stay locked.' } };
  }
  if (existsSync(file)) {
    let text: string;
    try {
      text = safeStorage.decryptString(readFileSync(file));
    } catch {
      return { master: null, info: { ...info, warning: `The key in ${file} cannot be decrypted by this user's keychain: encrypted fields stay locked. The file was left untouched.` } };
    }
    const master = Buffer.from(text, 'base64');
    if (master.length !== MASTER_KEY_BYTES) throw new StudioError('LOCKED', `The key in ${file} is damaged; it was left untouched.`);
    return { master, info };
  }
  const master = randomBytes(MASTER_KEY_BYTES);
  writeFileSync(file, safeStorage.encryptString(master.toString('base64')), { mode: 0o600, flag: 'wx' });
  return { master, info };
}
