/** An enumeration's members with their descriptions (ItemAvailability → InStock, OutOfStock, …). */
import { useId, useState } from 'react';
import { useApi } from '../../api/useApi';

// Enumeration itself answers every member of every enumeration (535): the first few, then all on request.
const FIRST = 40;

export function EnumerationMembers(props: { name: string }) {
  const id = useId();
  const [all, setAll] = useState(false);
  const enumeration = useApi('vocab.enumeration', { name: props.name }, props.name);
  if (enumeration.error) return <p className="banner banner-error">{enumeration.error.message}</p>;
  const members = enumeration.data?.name === props.name ? enumeration.data.members : undefined;
  if (!members) return <p className="muted">Loading members…</p>;
  return (
    <section className="vb-group" aria-labelledby={id}>
      <h3 id={id} className="vb-section-title">
        Members<span className="count-pill">{members.length}</span>
      </h3>
      {members.length === 0 ? (
        <p className="muted">{props.name} has no members.</p>
      ) : (
        <table className="vb-props" aria-label={`Members of ${props.name}`}>
          <thead>
            <tr>
              <th scope="col">Member</th>
              <th scope="col">Description</th>
            </tr>
          </thead>
          <tbody>
            {(all ? members : members.slice(0, FIRST)).map((m) => (
              <tr key={m.name} className={m.superseded ? 'vb-superseded' : undefined}>
                <th scope="row">
                  <code className="vb-prop-name">{m.name}</code>
                  {m.superseded && <span className="badge badge-warn">superseded</span>}
                </th>
                <td className="vb-prop-desc">{m.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!all && members.length > FIRST && (
        <button type="button" className="btn btn-sm vb-show-all" onClick={() => setAll(true)}>
          Show all {members.length} members
        </button>
      )}
    </section>
  );
}
