/**
 * Counts an import's rows and turns them into a status: rate, time left (from how far through
 * the file the reader is) and the first rejected rows for the report.
 */
import type { ErrorData, FieldIssue } from '../../shared/errors';
import type { ImportMode, ImportStatus, RejectedRow, TransferFormat } from '../../shared/channels/transfer';

/** How many rejected rows the report lists in full; the count covers them all. */
export const REPORTED_REJECTIONS = 1000;

/** An import's running counts. */
export class ImportTracker {
  read = 0;
  created = 0;
  updated = 0;
  rejected = 0;
  state: ImportStatus['state'] = 'running';
  committed = false;
  error: ErrorData | undefined;
  readonly rejectedRows: RejectedRow[] = [];
  /** Sees every rejected row, beyond the ones the status lists (the CLI's full report). */
  onReject: ((row: RejectedRow) => void) | undefined;
  private readonly started = Date.now();
  private finished: number | undefined;

  constructor(
    readonly id: string,
    readonly format: TransferFormat,
    readonly mode: ImportMode,
    readonly type: string | undefined,
    /** How far through the input the reader is, 0 to 1, or null when the size is not known. */
    private readonly fraction: () => number | null = () => null,
  ) {}

  /** Records a refused row (listed in full for the first `REPORTED_REJECTIONS`). */
  reject(row: number, line: number | undefined, id: string | undefined, issues: FieldIssue[]): void {
    this.rejected += 1;
    const entry: RejectedRow = { row, issues };
    if (line !== undefined) entry.line = line;
    if (id !== undefined) entry.id = id;
    this.onReject?.(entry);
    if (this.rejectedRows.length < REPORTED_REJECTIONS) this.rejectedRows.push(entry);
  }

  /** Marks the end: the outcome and whether the rows are in the store. */
  finish(state: Exclude<ImportStatus['state'], 'running'>, committed: boolean, error?: ErrorData): void {
    this.state = state;
    this.committed = committed;
    this.error = error;
    this.finished = Date.now();
  }

  /** The status as the contract describes it. */
  status(): ImportStatus {
    const elapsedMs = (this.finished ?? Date.now()) - this.started;
    const seconds = elapsedMs / 1000;
    const fraction = this.state === 'done' ? 1 : this.fraction();
    const secondsLeft = this.state !== 'running' ? 0 : fraction !== null && fraction > 0.001 ? (seconds * (1 - fraction)) / fraction : null;
    const status: ImportStatus = {
      id: this.id,
      state: this.state,
      format: this.format,
      mode: this.mode,
      type: this.type ?? null,
      read: this.read,
      created: this.created,
      updated: this.updated,
      rejected: this.rejected,
      fraction: fraction === null ? null : Math.min(1, Math.max(0, fraction)),
      rowsPerSecond: seconds > 0 ? Math.round(this.read / seconds) : 0,
      secondsLeft: secondsLeft === null ? null : Math.max(0, secondsLeft),
      elapsedMs,
      committed: this.committed,
      // Read errors are found before write errors of earlier rows in the same batch: list them in file order.
      rejectedRows: this.rejectedRows.slice().sort((a, b) => a.row - b.row),
    };
    if (this.error) status.error = this.error;
    return status;
  }
}
