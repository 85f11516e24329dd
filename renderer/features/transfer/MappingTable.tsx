/**
 * The CSV mapping screen: each column with a few of its values and the property it fills,
 * proposed from the type's vocabulary and changeable; low-confidence guesses are marked.
 */
import type { MappingTarget, ProposedColumn } from '../../../shared/channels/transfer';

export function MappingTable(props: { type: string; columns: ProposedColumn[]; targets: MappingTarget[]; onChange: (index: number, property: string | null) => void }) {
  const known = new Set(props.targets.map((t) => t.path));
  return (
    <div className="mapping-scroll">
      <table className="transfer-table mapping-table" aria-label={`Map CSV columns to ${props.type} properties`}>
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">Values</th>
            <th scope="col">Property</th>
          </tr>
        </thead>
        <tbody>
          {props.columns.map((c) => (
            <tr key={c.index} className={c.confidence === 'low' ? 'mapping-guess' : undefined}>
              <th scope="row">{c.header || `(column ${c.index + 1})`}</th>
              <td className="mapping-samples">{c.samples.join(' · ')}</td>
              <td>
                <select
                  className="input input-sm"
                  aria-label={`Property for column ${c.header || c.index + 1}`}
                  value={c.property ?? ''}
                  onChange={(e) => props.onChange(c.index, e.target.value || null)}
                >
                  <option value="">— do not import —</option>
                  {c.property && !known.has(c.property) && <option value={c.property}>{c.property}</option>}
                  {props.targets.map((t) => (
                    <option key={t.path} value={t.path} title={t.description}>
                      {t.path}
                    </option>
                  ))}
                </select>
                {c.confidence === 'low' && <span className="badge badge-warn">guess</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
