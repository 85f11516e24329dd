/** The properties one type contributes: "Properties of Person" for its own, "From Thing" for an ancestor's. */
import { useId } from 'react';
import type { PropertyGroupView } from './property-model';
import { PropertyRow } from './PropertyRow';

export function PropertyTable(props: { group: PropertyGroupView; onOpen: (type: string) => void }) {
  const id = useId();
  const { group } = props;
  const title = group.own ? `Properties of ${group.group}` : `From ${group.group}`;
  return (
    <section className="vb-group" aria-labelledby={id}>
      <h3 id={id}>
        {group.own ? (
          title
        ) : (
          <>
            From{' '}
            <button type="button" className="link-btn" onClick={() => props.onOpen(group.group)}>
              {group.group}
            </button>
          </>
        )}
        <span className="count-pill">{group.properties.length}</span>
      </h3>
      <table className="vb-props" aria-label={title}>
        <thead>
          <tr>
            <th scope="col">Property</th>
            <th scope="col">Expected type</th>
            <th scope="col">Description</th>
          </tr>
        </thead>
        <tbody>
          {group.properties.map((p) => (
            <PropertyRow key={p.name} property={p} onOpen={props.onOpen} />
          ))}
        </tbody>
      </table>
    </section>
  );
}
