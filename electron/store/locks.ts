/**
 * Named exclusive locks kept in the `locks` table, so two processes on one file exclude
 * each other (an in-memory mutex would not). A lock has an expiry, renewed while its holder
 * runs, so a crashed holder does not block others for longer than the expiry.
 */
import { randomUUID } from 'node:crypto';
import { StudioError } from '../../shared/errors';
import type { StoreCore } from './store-core';

/** Options of `withLock`. */
export interface LockOptions {
  /** How long to wait for the lock, in ms (default 5000); then LOCKED. */
  timeout?: number;
  /** How long the lock lives without renewal, in ms (default 30000). */
  ttl?: number;
}

const POLL_MS = 25;

/** Runs `fn` holding the named lock. `exclusive` runs a synchronous statement batch alone. */
export async function withLock<T>(core: StoreCore, exclusive: <R>(fn: () => R) => Promise<R>, name: string, fn: () => Promise<T> | T, options: LockOptions = {}): Promise<T> {
  if (typeof name !== 'string' || name.length === 0 || name.length > 200) throw new StudioError('VALIDATION', 'A lock name is a string of 1 to 200 characters');
  if (core.gate.active()) throw new StudioError('CONFLICT', 'withLock cannot start inside a transaction (the lock row would stay invisible until commit)');
  const timeout = options.timeout ?? 5000;
  const ttl = options.ttl ?? 30_000;
  if (!(timeout >= 0) || !(ttl > 0)) throw new StudioError('VALIDATION', 'timeout and ttl are positive numbers of milliseconds');
  const owner = randomUUID();
  const deadline = Date.now() + timeout;
  const acquire = core.db.prepare('INSERT OR IGNORE INTO locks(name, owner, expires_at) VALUES (?, ?, ?)');
  const expire = core.db.prepare('DELETE FROM locks WHERE name = ? AND expires_at <= ?');
  const renew = core.db.prepare('UPDATE locks SET expires_at = ? WHERE name = ? AND owner = ?');
  const release = core.db.prepare('DELETE FROM locks WHERE name = ? AND owner = ?');
  for (;;) {
    const got = await exclusive(() => {
      const at = Date.now();
      expire.run(name, at);
      return acquire.run(name, owner, at + ttl).changes === 1;
    });
    if (got) break;
    const left = deadline - Date.now();
    if (left <= 0) {
      throw new StudioError('LOCKED', `"${name}" is locked by another task or process; try again when it has finished`, { details: { lock: name, timeout } });
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(POLL_MS, left)));
  }
  const heartbeat = setInterval(() => {
    void exclusive(() => renew.run(Date.now() + ttl, name, owner)).catch(() => undefined);
  }, Math.max(10, Math.floor(ttl / 3)));
  heartbeat.unref();
  try {
    return await fn();
  } finally {
    clearInterval(heartbeat);
    if (core.db.open) await exclusive(() => release.run(name, owner));
  }
}
