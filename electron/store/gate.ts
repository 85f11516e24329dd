/**
 * Keeps transactions from interleaving on the one connection. better-sqlite3 is synchronous,
 * but `transaction(async fn)` awaits between statements; while it does, any other caller's
 * write would land inside the open transaction. So write transactions run one at a time
 * (FIFO), and reads from outside wait until no transaction is open: they see committed data.
 * Calls made inside a transaction's async context join it (AsyncLocalStorage).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Change } from './types';

/** An open transaction: whether it is still open and the changes to announce on commit. */
export class TxState {
  open = true;
  readonly changes: Change[] = [];
  /** Live entities gained (+) or lost (-) per type, written to `type_counts` at commit. */
  counts = new Map<string, number>();
  private savepoints = 0;

  /** A fresh savepoint name for a nested transaction. */
  nextSavepoint(): string {
    this.savepoints += 1;
    return `sp_${this.savepoints}`;
  }
}

/** The FIFO lock plus the async context of the running transaction. */
export class Gate {
  private tail: Promise<void> = Promise.resolve();
  private queued = 0;
  private readonly context = new AsyncLocalStorage<TxState>();

  /** The transaction the current async context runs in, if it is still open. */
  active(): TxState | undefined {
    const state = this.context.getStore();
    return state?.open ? state : undefined;
  }

  /** Runs `fn` alone; runs it right away (synchronously) when nothing else holds or waits. */
  async exclusive<T>(fn: () => T | Promise<T>): Promise<T> {
    if (this.queued === 0) {
      const result = fn();
      if (!(result instanceof Promise)) return result;
      // An async section (a transaction body) holds the gate until it settles.
      this.queued += 1;
      this.tail = result.then(done, done);
      try {
        return await result;
      } finally {
        this.queued -= 1;
      }
    }
    this.queued += 1;
    const previous = this.tail;
    let release!: () => void;
    this.tail = new Promise<void>((resolve) => (release = resolve));
    try {
      await previous;
      return await fn();
    } finally {
      this.queued -= 1;
      release();
    }
  }

  /** True when no transaction holds or waits for the gate. */
  get free(): boolean {
    return this.queued === 0;
  }

  /** Waits until no transaction holds or waits for the gate. */
  async idle(): Promise<void> {
    while (this.queued > 0) await this.tail;
  }

  /** Runs `fn` with `state` as the current transaction of its async context. */
  within<T>(state: TxState, fn: () => T): T {
    return this.context.run(state, fn);
  }
}

function done(): void {}
