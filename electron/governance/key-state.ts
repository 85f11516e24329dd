/**
 * Whether encrypted fields can be read and written: the key in use, where it came from, and
 * why it is missing when it is. A key other than the one the database's encrypted fields were
 * written with is not used (it would fail on every field): the store opens locked and says so.
 */
import type Database from 'better-sqlite3';
import { fieldKeyFrom, type FieldKey } from './crypto/field-key';
import type { KeySourceInfo } from './crypto/key-source';

/** The key situation, as the settings screen shows it. */
export interface KeyState {
  key: FieldKey | null;
  info: KeySourceInfo;
  /** Why encrypted fields are locked, when they are. */
  problem: string | null;
}

/** Checks a master key against the key id the database recorded, recording it on first use. */
export function checkKey(db: Database.Database, master: Buffer | null, info: KeySourceInfo): KeyState {
  const recorded = db.prepare("SELECT value FROM governance_meta WHERE key = 'key_id'").pluck().get() as string | undefined;
  if (!master) {
    return { key: null, info, problem: recorded ? `Encrypted fields were written with key ${recorded}, and no key is available: they stay locked.` : info.warning ?? null };
  }
  const key = fieldKeyFrom(master);
  if (recorded && recorded !== key.id) {
    return { key: null, info, problem: `The key in use (${key.id}) is not the one this database's encrypted fields were written with (${recorded}): they stay locked and nothing was changed.` };
  }
  if (!recorded) db.prepare("INSERT INTO governance_meta(key, value) VALUES ('key_id', ?)").run(key.id);
  return { key, info, problem: null };
}
