/** The progress of a running import: a bar, the counts, the rate, the time left and Cancel. */
import type { ImportStatus } from '../../../shared/channels/transfer';
import { formatCount, formatRate, formatTimeLeft, percent } from './progress-text';

export function ImportProgress(props: { status: ImportStatus; onCancel: () => void; cancelling: boolean }) {
  const { status } = props;
  const pct = percent(status.fraction);
  return (
    <div className="transfer-progress">
      <div
        className="progress-track"
        role="progressbar"
        aria-label="Import progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
        aria-valuetext={pct === undefined ? `${formatCount(status.read)} rows read` : `${pct}%`}
      >
        <div className={pct === undefined ? 'progress-fill indeterminate' : 'progress-fill'} style={pct === undefined ? undefined : { width: `${pct}%` }} />
      </div>
      <dl className="transfer-counts" aria-live="polite">
        <div>
          <dt>Read</dt>
          <dd data-testid="import-read">{formatCount(status.read)}</dd>
        </div>
        <div>
          <dt>Written</dt>
          <dd data-testid="import-written">{formatCount(status.created + status.updated)}</dd>
        </div>
        <div>
          <dt>Rejected</dt>
          <dd data-testid="import-rejected">{formatCount(status.rejected)}</dd>
        </div>
        <div>
          <dt>Rate</dt>
          <dd>{formatRate(status.rowsPerSecond)}</dd>
        </div>
      </dl>
      <p className="muted transfer-eta">
        {pct !== undefined ? `${pct}% · ` : ''}
        {formatTimeLeft(status.secondsLeft)}
      </p>
      <button type="button" className="btn btn-danger" onClick={props.onCancel} disabled={props.cancelling}>
        {props.cancelling ? 'Cancelling…' : 'Cancel import'}
      </button>
    </div>
  );
}
