/**
 * Where server mode and the CLI get the master key: the `STUDIO_ENCRYPTION_KEY` environment
 * variable or a key file (`--key-file`, or `studio.key` in the workspace). A key file is
 * created with owner-only permissions the first time a workspace needs one.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { StudioError } from '../../../shared/errors';
import { MASTER_KEY_BYTES, parseMasterKey } from './field-key';

/** The environment variable holding a master key. */
export const KEY_ENV_VAR = 'STUDIO_ENCRYPTION_KEY';

/** Where a key came from, for messages and the settings screen. */
export interface KeySourceInfo {
  source: 'env' | 'file' | 'safeStorage' | 'none';
  /** False where the key is stored without real protection (safeStorage's basic_text backend). */
  protected: boolean;
  /** What the user should know about the key's protection. */
  warning?: string;
}

/** A loaded key and where it came from. */
export interface LoadedKey {
  master: Buffer | null;
  info: KeySourceInfo;
}

/** Reads a key file; a missing or malformed file is a LOCKED error naming it. */
export function readKeyFile(file: string): Buffer {
  if (!existsSync(file)) throw new StudioError('LOCKED', `The key file ${file} does not exist.`);
  const mode = statSync(file).mode & 0o077;
  const key = parseMasterKey(readFileSync(file, 'utf8'), `The key file ${file}`);
  if (mode !== 0 && process.platform !== 'win32') {
    console.error(`[keys] ${file} can be read by other users of this machine: chmod 600 it.`);
  }
  return key;
}

/** Writes a new random key file readable by its owner only; refuses to overwrite one. */
export function createKeyFile(file: string): Buffer {
  if (existsSync(file)) throw new StudioError('CONFLICT', `The key file ${file} already exists; it is never overwritten.`);
  const key = randomBytes(MASTER_KEY_BYTES);
  writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  return key;
}

/** The server's key: the environment variable first, then the key file; none when neither is set. */
export function loadServerKey(options: { keyFile?: string; env?: NodeJS.ProcessEnv }): LoadedKey {
  const env = options.env ?? process.env;
  const fromEnv = env[KEY_ENV_VAR];
  if (fromEnv) return { master: parseMasterKey(fromEnv, `The ${KEY_ENV_VAR} variable`), info: { source: 'env', protected: true } };
  if (options.keyFile && existsSync(options.keyFile)) return { master: readKeyFile(options.keyFile), info: { source: 'file', protected: true } };
  return { master: null, info: { source: 'none', protected: false } };
}
