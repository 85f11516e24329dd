/** The changed fields between two versions, nested fields and array elements as their own rows; nothing that stayed the same. */
import type { FieldChange } from '../../../shared/governance/diff';
import { formatValue } from './history-model';

/** A field path that may wrap after each dot, never inside a name. */
function breakable(field: string) {
  return field.split('.').map((part, i) => (
    <span key={i}>
      {i > 0 && '.'}
      {i > 0 && <wbr />}
      {part}
    </span>
  ));
}

export function ChangeTable(props: {
  changes: FieldChange[];
  fromLabel: string;
  toLabel: string;
  onRevertField?: (field: string) => void;
  onFieldHistory?: (field: string) => void;
}) {
  if (props.changes.length === 0) return <p className="muted history-empty">No field changed between these versions.</p>;
  return (
    <table className="change-table">
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">{props.fromLabel}</th>
          <th scope="col">{props.toLabel}</th>
          <th scope="col">
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {props.changes.map((c) => (
          <tr key={c.field}>
            <th scope="row" className="mono">
              {breakable(c.field)}
            </th>
            <td className={'oldValue' in c ? 'change-old' : 'change-absent'}>{formatValue(c.oldValue)}</td>
            <td className={'newValue' in c ? 'change-new' : 'change-absent'}>{formatValue(c.newValue)}</td>
            <td className="change-actions">
              <div className="change-actions-stack">
                {props.onFieldHistory && (
                  <button type="button" className="btn btn-sm btn-ghost" onClick={() => props.onFieldHistory?.(c.field)} aria-label={`Who changed ${c.field}`}>
                    Who changed
                  </button>
                )}
                {props.onRevertField && (
                  <button type="button" className="btn btn-sm" onClick={() => props.onRevertField?.(c.field)} aria-label={`Revert ${c.field} to ${props.fromLabel}`}>
                    Revert field
                  </button>
                )}
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
