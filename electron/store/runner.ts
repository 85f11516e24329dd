/**
 * How an operation runs: reads wait until no transaction is open (or join the caller's
 * transaction), writes run in a transaction of their own (or join the caller's), and
 * `transaction(fn)` holds the gate for its whole async body. A failed write rolls back whole.
 * SQLite's file-level failures leave here as typed errors naming the file (storage-errors.ts).
 */
import { StudioError } from '../../shared/errors';
import { TxState } from './gate';
import { BUSY_TIMEOUT_MS } from './open-database';
import { storageError } from './storage-errors';
import { flushCounts } from './write-path';
import type { StoreCore } from './store-core';
import type { StoreOps } from './types';

/** Runs operations for the store (root) or for one explicit transaction. */
export class Runner {
  constructor(
    private readonly core: StoreCore,
    private readonly makeOps: (runner: Runner) => StoreOps,
    private readonly bound?: TxState,
  ) {}

  private state(): TxState | undefined {
    if (this.bound) {
      if (!this.bound.open) throw new StudioError('CONFLICT', 'This transaction has already finished; use the store instead');
      return this.bound;
    }
    return this.core.gate.active();
  }

  private checkOpen(): void {
    if (!this.core.db.open) throw new StudioError('INTERNAL', 'The store is closed');
  }

  /** Runs `fn`, turning a SQLite file-level failure into its typed error. */
  private typed<T>(fn: () => T): T {
    try {
      return fn();
    } catch (error) {
      throw storageError(error, this.core.file);
    }
  }

  /**
   * Runs a synchronous read: at once inside the caller's transaction or when no transaction
   * holds or waits for the gate (no await in between, so none can start before it runs), else
   * once they are done. Failures are rejections either way.
   */
  read<T>(fn: () => T): Promise<T> {
    try {
      this.checkOpen();
      if (this.state() || this.core.gate.free) return Promise.resolve(this.typed(fn));
    } catch (error) {
      return Promise.reject(error);
    }
    return this.readWhenIdle(fn);
  }

  private async readWhenIdle<T>(fn: () => T): Promise<T> {
    await this.core.gate.idle();
    this.checkOpen();
    return this.typed(fn);
  }

  /** Runs a synchronous write inside a transaction. */
  async write<T>(fn: (state: TxState) => T): Promise<T> {
    this.checkOpen();
    const state = this.state();
    if (state) return this.typed(() => fn(state));
    return this.core.gate.exclusive(() => this.typed(() => this.runSync(fn)));
  }

  /**
   * A synchronous write begins deferred, so a body with nothing to change (a set-up check, an
   * empty sweep) never waits for the write lock another program holds. Once it has read, SQLite
   * refuses the upgrade to a write at once, without a busy wait, when another connection holds
   * the lock or committed since (a stale snapshot): then the body runs again from the start
   * with the lock taken first, which waits as long as the busy timeout allows.
   */
  private runSync<T>(fn: (state: TxState) => T): T {
    this.checkOpen();
    const started = Date.now();
    try {
      return this.attempt(fn, 'BEGIN');
    } catch (error) {
      const busy = /^SQLITE_BUSY/.test(String((error as { code?: unknown }).code));
      if (!busy || this.core.db.readonly || Date.now() - started >= BUSY_TIMEOUT_MS / 2) throw error;
      return this.attempt(fn, 'BEGIN IMMEDIATE');
    }
  }

  private attempt<T>(fn: (state: TxState) => T, begin: 'BEGIN' | 'BEGIN IMMEDIATE'): T {
    const state = this.begin(begin);
    try {
      const result = fn(state);
      this.commit(state);
      return result;
    } catch (error) {
      this.abort(state);
      throw error;
    }
  }

  /**
   * Opens a write transaction and its bookkeeping. On a read-only file every transaction begins
   * deferred: a body that only reads succeeds, the first real write fails as READ_ONLY.
   */
  private begin(begin: 'BEGIN' | 'BEGIN IMMEDIATE' = 'BEGIN IMMEDIATE'): TxState {
    const state = new TxState();
    this.core.statement(this.core.db.readonly ? 'BEGIN' : begin).run();
    return state;
  }

  /** Commits: the counts first (inside the transaction), then change notifications after it. */
  private commit(state: TxState): void {
    flushCounts(this.core, state);
    this.core.statement('COMMIT').run();
    state.open = false;
    this.core.announce(state.changes);
  }

  /** Closes a failed transaction and rolls it back; the failure that caused it is the one reported. */
  private abort(state: TxState): void {
    state.open = false;
    try {
      this.rollback();
    } catch (error) {
      console.error('[store] rollback after a failed transaction failed too:', error);
    }
  }

  /** Rolls back and forgets what the failed transaction taught the registries. */
  private rollback(): void {
    if (this.core.db.inTransaction) this.core.statement('ROLLBACK').run();
    this.core.refresh(true);
  }

  /** Runs `fn` in a transaction; nested calls get a savepoint. */
  async transaction<T>(fn: (tx: StoreOps) => Promise<T> | T): Promise<T> {
    this.checkOpen();
    const outer = this.state();
    if (outer) return this.savepoint(outer, fn);
    return this.core.gate.exclusive(async () => {
      this.checkOpen();
      const state = this.typed(() => this.begin());
      try {
        const result = await this.core.gate.within(state, () => fn(this.makeOps(new Runner(this.core, this.makeOps, state))));
        this.commit(state);
        return result;
      } catch (error) {
        this.abort(state);
        throw storageError(error, this.core.file);
      }
    });
  }

  private async savepoint<T>(state: TxState, fn: (tx: StoreOps) => Promise<T> | T): Promise<T> {
    const { db } = this.core;
    const name = state.nextSavepoint();
    const mark = state.changes.length;
    const counts = new Map(state.counts);
    db.exec(`SAVEPOINT ${name}`);
    try {
      const result = await fn(this.makeOps(new Runner(this.core, this.makeOps, state)));
      db.exec(`RELEASE ${name}`);
      return result;
    } catch (error) {
      db.exec(`ROLLBACK TO ${name}`);
      db.exec(`RELEASE ${name}`);
      state.changes.length = mark;
      state.counts = counts;
      this.core.refresh(true);
      throw storageError(error, this.core.file);
    }
  }
}
