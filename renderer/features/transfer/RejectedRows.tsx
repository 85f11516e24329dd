/** The report of rejected rows: one line per failing field, with the row number, the `$id` and the field path. */
import type { RejectedRow } from '../../../shared/channels/transfer';
import { formatPath } from '../../../shared/errors';
import { formatCount } from './progress-text';

export function RejectedRows(props: { rows: RejectedRow[]; total: number }) {
  if (props.rows.length === 0) return null;
  return (
    <div className="rejected-rows">
      <table className="transfer-table" aria-label="Rejected rows">
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">$id</th>
            <th scope="col">Field</th>
            <th scope="col">Problem</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.flatMap((r) =>
            r.issues.map((issue, i) => (
              <tr key={`${r.row}-${i}`}>
                <td className="num">{i === 0 ? r.row : ''}</td>
                <td className="mono">{i === 0 ? (r.id ?? '') : ''}</td>
                <td className="mono">{issue.path.length ? formatPath(issue.path) : '(row)'}</td>
                <td>{issue.message}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
      {props.total > props.rows.length && (
        <p className="muted">
          The first {formatCount(props.rows.length)} of {formatCount(props.total)} rejected rows are listed; the command line's --report writes them all.
        </p>
      )}
    </div>
  );
}
