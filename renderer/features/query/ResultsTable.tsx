/** Result rows as a plain table: entities open in their own tab on click, aggregation rows just show. */
import { useShell } from '../../app/useShell';
import { cellText, resultColumns, valueAt } from './result-columns';

export function ResultsTable(props: { rows: readonly Record<string, unknown>[]; queried?: readonly string[]; label: string; max?: number }) {
  const shell = useShell();
  const columns = resultColumns(props.rows, props.queried);
  const shown = props.rows.slice(0, props.max ?? 200);
  if (props.rows.length === 0) return <p className="muted qb-noresults">No rows.</p>;
  return (
    <div className="qb-table-wrap">
      <table className="qb-table" aria-label={props.label}>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((row, i) => {
            const entity = typeof row.$id === 'string' && typeof row.$type === 'string';
            return (
              <tr
                key={entity ? (row.$id as string) : i}
                className={entity ? 'qb-row-link' : undefined}
                onClick={entity ? () => shell.open({ kind: 'entity', type: row.$type as string, id: row.$id as string }) : undefined}
              >
                {columns.map((c) => (
                  <td key={c} className={typeof valueAt(row, c) === 'number' ? 'num' : undefined}>
                    {cellText(valueAt(row, c))}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      {props.rows.length > shown.length && <p className="muted">Showing {shown.length} of {props.rows.length} rows.</p>}
    </div>
  );
}
