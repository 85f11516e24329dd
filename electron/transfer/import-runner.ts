/**
 * Runs an import: reads records as they stream, writes them in batches, upserts by `$id`,
 * reports progress and stops on cancel.
 *
 * `all-or-nothing` runs the whole import in one transaction: a rejected row, a failure or a
 * cancel rolls it all back and the store is as it was. Every row is still read and checked,
 * so the report lists every rejected row at once.
 * `valid-rows` commits batch by batch and keeps going past rejected rows; a cancel keeps the
 * batches already committed (the status says how many rows that was).
 *
 * A batch is first written with one `createMany` in a savepoint; if that fails (a rejected
 * row, an `$id` that exists), the savepoint is rolled back and the batch is written row by row,
 * each row in its own savepoint, so one bad row costs only itself. A failure of the file itself
 * (read-only, full disk, locked, damaged) is no row's fault: it ends the import with that error.
 */
import { StudioError, toErrorData, type FieldIssue } from '../../shared/errors';
import type { DescriptorLookup } from '../../shared/vocab/descriptor';
import type { ImportMode } from '../../shared/channels/transfer';
import type { Context, StoreOps } from '../store';
import { isStorageFailure } from '../store/storage-errors';
import { isReadRow, type ImportRow } from './import-row';
import type { ImportTracker } from './import-tracker';
import { prepareRow, type PreparedRow } from './prepare-row';

/** The store operations an import needs. */
export type ImportTarget = Pick<StoreOps, 'transaction'>;

/** How to run an import. */
export interface ImportOptions {
  mode: ImportMode;
  /** The type of rows without `$type`; rows of other types (not subtypes) are rejected. */
  type?: string;
  lookup?: DescriptorLookup;
  signal?: AbortSignal;
  /** Rows per batch (default 1000). */
  batchSize?: number;
  /** Called with the tracker at most every `progressEveryMs` (default 250) and once at the end. */
  onProgress?: (tracker: ImportTracker) => void;
  progressEveryMs?: number;
  context?: Context;
}

/** Thrown inside the transaction to roll it back on cancel. */
class Cancelled extends Error {}
/** Thrown inside the transaction to roll back an all-or-nothing import that had rejected rows. */
class RolledBack extends Error {}

/** Runs the import to its end; never throws: the tracker holds the outcome. */
export async function runImport(store: ImportTarget, rows: AsyncIterable<ImportRow>, tracker: ImportTracker, options: ImportOptions): Promise<ImportTracker> {
  const batchSize = options.batchSize ?? 1000;
  const every = options.progressEveryMs ?? 250;
  let lastProgress = 0;
  const progress = (force = false): void => {
    const now = Date.now();
    if (!force && now - lastProgress < every) return;
    lastProgress = now;
    options.onProgress?.(tracker);
  };
  const writeOptions = { context: options.context };

  const writeBatch = async (tx: StoreOps, batch: PreparedRow[]): Promise<void> => {
    for (const run of runsOfOneType(batch)) {
      if (run.length > 1) {
        try {
          await tx.transaction((sp) => sp.createMany(run[0]!.type, run.map((r) => r.data), writeOptions));
          tracker.created += run.length;
          continue;
        } catch (error) {
          if (!(error instanceof StudioError) || isStorageFailure(error)) throw error;
        }
      }
      for (const r of run) await writeRow(tx, r);
    }
  };

  const writeRow = async (tx: StoreOps, r: PreparedRow): Promise<void> => {
    try {
      await tx.transaction((sp) => sp.create(r.type, r.data, writeOptions));
      tracker.created += 1;
      return;
    } catch (error) {
      if (!(error instanceof StudioError) || isStorageFailure(error)) throw error;
      if (error.code !== 'CONFLICT' || r.id === undefined) return tracker.reject(r.row, r.line, r.id, issuesOf(error));
    }
    try {
      const { $id: _ignored, ...props } = r.data;
      await tx.transaction((sp) => sp.update(r.type, r.id!, props, writeOptions));
      tracker.updated += 1;
    } catch (error) {
      if (!(error instanceof StudioError) || isStorageFailure(error)) throw error;
      const issues = error.code === 'NOT_FOUND' ? [{ path: ['$id'], message: `"${r.id}" is taken by an entity of another type or in the trash` }] : issuesOf(error);
      tracker.reject(r.row, r.line, r.id, issues);
    }
  };

  /** Reads rows into batches; `commit` writes one (in the open transaction, or in one of its own). */
  const pump = async (commit: (batch: PreparedRow[]) => Promise<void>): Promise<void> => {
    let batch: PreparedRow[] = [];
    for await (const row of rows) {
      if (options.signal?.aborted) throw new Cancelled();
      tracker.read += 1;
      if (!isReadRow(row)) {
        tracker.reject(row.row, row.line, undefined, row.issues);
        continue;
      }
      const prepared = prepareRow(row.row, row.line, row.data, options.type, options.lookup);
      if ('issues' in prepared) {
        tracker.reject(row.row, row.line, typeof row.data.$id === 'string' ? row.data.$id : undefined, prepared.issues);
        continue;
      }
      batch.push(prepared);
      if (batch.length >= batchSize) {
        await commit(batch);
        batch = [];
        progress();
        // Rows already read into memory come through promise callbacks only, which would starve
        // the event loop: let status requests, progress events and other callers in between batches.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    }
    if (options.signal?.aborted) throw new Cancelled();
    if (batch.length > 0) await commit(batch);
  };

  try {
    if (options.mode === 'all-or-nothing') {
      await store.transaction(async (tx) => {
        await pump((batch) => writeBatch(tx, batch));
        if (tracker.rejected > 0) throw new RolledBack();
      });
    } else {
      await pump((batch) => store.transaction((tx) => writeBatch(tx, batch)));
    }
    tracker.finish('done', true);
  } catch (error) {
    const kept = options.mode === 'valid-rows' && tracker.created + tracker.updated > 0;
    if (error instanceof Cancelled) tracker.finish('cancelled', kept);
    else if (error instanceof RolledBack) {
      tracker.finish('failed', false, {
        code: 'VALIDATION',
        message: `${tracker.rejected} of ${tracker.read} rows were rejected, so nothing was imported`,
      });
    } else tracker.finish('failed', kept, toErrorData(error));
  }
  if (tracker.state !== 'done' && options.mode === 'all-or-nothing') {
    tracker.created = 0;
    tracker.updated = 0;
  }
  progress(true);
  return tracker;
}

/** Consecutive rows of the same type (createMany writes one type). */
function runsOfOneType(batch: PreparedRow[]): PreparedRow[][] {
  const runs: PreparedRow[][] = [];
  for (const r of batch) {
    const last = runs[runs.length - 1];
    if (last && last[0]!.type === r.type) last.push(r);
    else runs.push([r]);
  }
  return runs;
}

/** A refused write as field issues: the validator's own, or one issue with the error's message. */
function issuesOf(error: StudioError): FieldIssue[] {
  if (error.issues && error.issues.length > 0) return error.issues;
  const path = error.code === 'CONFLICT' || error.code === 'UNIQUE' ? ['$id'] : [];
  return [{ path, message: error.message }];
}
