/**
 * Imports running in the background of the app: started from an upload, followed by id,
 * cancelled on request. One import runs at a time (an all-or-nothing import holds the store's
 * write transaction from start to end). Progress goes out as `task.progress` events; the last
 * finished imports stay queryable for their reports.
 */
import { randomBytes } from 'node:crypto';
import type { ColumnMapping, ImportMode, ImportStatus, TransferFormat } from '../../shared/channels/transfer';
import { StudioError, notFound } from '../../shared/errors';
import type { EventPayload } from '../../shared/events';
import type { DescriptorLookup } from '../../shared/vocab/descriptor';
import type { Context } from '../store';
import { ImportTracker } from './import-tracker';
import { runImport, type ImportTarget } from './import-runner';
import { readRows } from './read-rows';
import { fileSource } from './text-source';

/** How many finished imports keep their status. */
const KEEP_FINISHED = 20;

/** What an import needs to start. */
export interface ImportJobRequest {
  path: string;
  format: TransferFormat;
  mode: ImportMode;
  type?: string;
  mapping?: readonly ColumnMapping[] | ((headers: string[]) => readonly ColumnMapping[]);
  context?: Context;
  /** Called once the import has ended (the upload can go). */
  onEnd?: () => void;
}

interface Job {
  tracker: ImportTracker;
  controller: AbortController;
  done: Promise<void>;
}

/** The app's imports. */
export class ImportJobs {
  private readonly jobs = new Map<string, Job>();

  constructor(
    private readonly store: ImportTarget,
    private readonly lookup: DescriptorLookup,
    private readonly progress?: (payload: EventPayload<'task.progress'>) => void,
  ) {}

  /** Starts an import; LOCKED while another one runs. */
  start(request: ImportJobRequest): ImportStatus {
    if ([...this.jobs.values()].some((j) => j.tracker.state === 'running')) {
      throw new StudioError('LOCKED', 'Another import is running: wait for it to finish or cancel it');
    }
    const id = randomBytes(9).toString('base64url');
    const source = fileSource(request.path);
    const tracker = new ImportTracker(id, request.format, request.mode, request.type, () => (source.totalBytes ? source.bytesRead / source.totalBytes : null));
    const controller = new AbortController();
    const rows = readRows(request.format, source.chunks(), { type: request.type, mapping: request.mapping, lookup: this.lookup });
    const done = runImport(this.store, rows, tracker, {
      mode: request.mode,
      type: request.type,
      lookup: this.lookup,
      signal: controller.signal,
      context: request.context,
      onProgress: (t) => this.announce(t),
    }).then(
      () => request.onEnd?.(),
      () => request.onEnd?.(),
    );
    this.jobs.set(id, { tracker, controller, done });
    this.forgetOld();
    return tracker.status();
  }

  /** An import's status. */
  status(id: string): ImportStatus {
    return this.job(id).tracker.status();
  }

  /** Asks an import to stop; resolves with its status once it has (the rollback done). */
  async cancel(id: string): Promise<ImportStatus> {
    const job = this.job(id);
    job.controller.abort();
    await job.done;
    return job.tracker.status();
  }

  /** Resolves when an import has ended (tests, shutdown). */
  async settled(id: string): Promise<ImportStatus> {
    const job = this.job(id);
    await job.done;
    return job.tracker.status();
  }

  /** Cancels whatever runs (the app is closing). */
  async stopAll(): Promise<void> {
    for (const job of this.jobs.values()) job.controller.abort();
    await Promise.all([...this.jobs.values()].map((j) => j.done));
  }

  private announce(tracker: ImportTracker): void {
    if (!this.progress) return;
    const s = tracker.status();
    const total = s.fraction && s.fraction > 0 ? Math.round(s.read / s.fraction) : null;
    this.progress({
      task: `import:${s.id}`,
      done: s.read,
      total: s.state === 'done' ? s.read : total,
      message: `${s.state}: ${s.created + s.updated} written, ${s.rejected} rejected`,
    });
  }

  private job(id: string): Job {
    const job = this.jobs.get(id);
    if (!job) throw notFound('Import', id);
    return job;
  }

  private forgetOld(): void {
    const finished = [...this.jobs.entries()].filter(([, j]) => j.tracker.state !== 'running');
    for (const [id] of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(id);
  }
}
