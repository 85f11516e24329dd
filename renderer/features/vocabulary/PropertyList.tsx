/**
 * A type's properties, grouped by the type that declares them (own first, Thing last), with a
 * filter and a switch for superseded properties (hidden by default, as forms hide them).
 */
import { useMemo, useState } from 'react';
import type { TypeDescriptor } from '../../../shared/vocab/descriptor';
import { groupProperties } from './property-model';
import { PropertyTable } from './PropertyTable';

export function PropertyList(props: { descriptor: TypeDescriptor; onOpen: (type: string) => void }) {
  const { descriptor } = props;
  const [showSuperseded, setShowSuperseded] = useState(false);
  // The filter belongs to one type: opening another starts unfiltered.
  const [filter, setFilter] = useState({ type: descriptor.name, text: '' });
  const text = filter.type === descriptor.name ? filter.text : '';
  const grouped = useMemo(() => groupProperties(descriptor, { showSuperseded, text }), [descriptor, showSuperseded, text]);
  const superseded = descriptor.properties.filter((p) => p.superseded).length;
  if (descriptor.properties.length === 0) return <p className="muted">{descriptor.name} has no properties.</p>;

  return (
    <div className="vb-properties">
      <div className="vb-prop-tools">
        <h3 className="vb-section-title">Properties</h3>
        <span className="muted" role="status">
          {grouped.shown === descriptor.properties.length ? `${grouped.shown}` : `${grouped.shown} of ${descriptor.properties.length}`}
        </span>
        <span className="spacer" />
        <input
          type="search"
          className="input input-sm vb-prop-filter"
          aria-label="Filter properties"
          placeholder="Filter by name or type"
          value={text}
          onChange={(e) => setFilter({ type: descriptor.name, text: e.target.value })}
        />
        {superseded > 0 && (
          <label className="check vb-check">
            <input type="checkbox" checked={showSuperseded} onChange={(e) => setShowSuperseded(e.target.checked)} />
            Show superseded ({superseded})
          </label>
        )}
      </div>
      {grouped.groups.map((group) => (
        <PropertyTable key={group.group} group={group} onOpen={props.onOpen} />
      ))}
      {grouped.shown === 0 && (
        <p className="muted">
          No property of {descriptor.name} matches “{text}”{grouped.hiddenSuperseded > 0 ? ` (${grouped.hiddenSuperseded} superseded ones are hidden)` : ''}.
        </p>
      )}
    </div>
  );
}
