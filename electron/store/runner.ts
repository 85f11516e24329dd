/**
 * How an operation runs: reads wait until no transaction is open (or join the caller's
 * transaction), writes run in a transaction of their own (or join the caller's), and
 * `transaction(fn)` holds the gate for its whole async body. A failed write rolls back whole.
 */
import { StudioError } from '../../shared/errors';
import { TxState } from './gate';
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

  /** Runs a synchronous read. */
  async read<T>(fn: () => T): Promise<T> {
    this.checkOpen();
    if (this.state()) return fn();
    await this.core.gate.idle();
    this.checkOpen();
    return fn();
  }

  /** Runs a synchronous write inside a transaction. */
  async write<T>(fn: (state: TxState) => T): Promise<T> {
    this.checkOpen();
    const state = this.state();
    if (state) return fn(state);
    return this.core.gate.exclusive(() => this.runSync(fn));
  }

  private runSync<T>(fn: (state: TxState) => T): T {
    this.checkOpen();
    const state = this.begin();
    try {
      const result = fn(state);
      this.commit(state);
      return result;
    } catch (error) {
      this.abort(state);
      throw error;
    }
  }

  /** Opens a write transaction and its bookkeeping. */
  private begin(): TxState {
    const state = new TxState();
    this.core.statement('BEGIN IMMEDIATE').run();
    return state;
  }

  /** Commits: the counts first (inside the transaction), then change notifications after it. */
  private commit(state: TxState): void {
    flushCounts(this.core, state);
    this.core.statement('COMMIT').run();
    state.open = false;
    this.core.announce(state.changes);
  }

  /** Closes a failed transaction and rolls it back. */
  private abort(state: TxState): void {
    state.open = false;
    this.rollback();
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
      const state = this.begin();
      try {
        const result = await this.core.gate.within(state, () => fn(this.makeOps(new Runner(this.core, this.makeOps, state))));
        this.commit(state);
        return result;
      } catch (error) {
        this.abort(state);
        throw error;
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
      throw error;
    }
  }
}
