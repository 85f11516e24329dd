/** "Add property": every other property of the type, searchable by name and description, grouped by the type that declares it. */
import { useState } from 'react';
import type { PropertyDescriptor } from '../../../shared/vocab/descriptor';
import { Popover } from '../../components/Popover';
import { humanize } from '../../lib/labels';

const SHOWN = 80;

export function AddProperty(props: { type: string; properties: PropertyDescriptor[]; onAdd: (name: string) => void }) {
  if (props.properties.length === 0) return null;
  return (
    <Popover label={`+ Add property`} title={`Add one of ${props.properties.length} more ${props.type} properties`} buttonClass="btn btn-sm add-property" align="left">
      {(close) => (
        <PropertySearch
          type={props.type}
          properties={props.properties}
          onPick={(name) => {
            close();
            props.onAdd(name);
          }}
        />
      )}
    </Popover>
  );
}

function PropertySearch(props: { type: string; properties: PropertyDescriptor[]; onPick: (name: string) => void }) {
  const [query, setQuery] = useState('');
  const q = query.trim().toLowerCase();
  const matches = props.properties.filter(
    (p) => !q || p.name.toLowerCase().includes(q) || humanize(p.name).toLowerCase().includes(q) || p.description.toLowerCase().includes(q),
  );
  const byName = q ? [...matches].sort((a, b) => Number(!a.name.toLowerCase().startsWith(q)) - Number(!b.name.toLowerCase().startsWith(q))) : matches;
  let group = '';
  return (
    <div className="add-property-panel">
      <input
        className="input input-sm"
        type="search"
        autoFocus
        aria-label={`Search ${props.type} properties`}
        placeholder={`Search ${props.properties.length} properties`}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && byName[0]) {
            e.preventDefault();
            props.onPick(byName[0].name);
          }
        }}
      />
      <ul className="property-list" aria-label="Properties">
        {byName.slice(0, SHOWN).map((p) => {
          const header = !q && p.group !== group ? p.group : undefined;
          group = p.group;
          return (
            <li key={p.name}>
              {header && <div className="property-group">From {header}</div>}
              <button type="button" className="property-option" onClick={() => props.onPick(p.name)}>
                <span className="property-name">{humanize(p.name)}</span>
                <span className="property-range">{p.ranges.map((r) => (r.kind === 'enumeration' ? (r.type ?? 'choice') : r.type)).join(' | ')}</span>
                <span className="property-desc">{p.description}</span>
              </button>
            </li>
          );
        })}
        {byName.length === 0 && <li className="muted property-none">No property matches “{query}”.</li>}
        {byName.length > SHOWN && <li className="muted property-none">{byName.length - SHOWN} more: refine the search.</li>}
      </ul>
    </div>
  );
}
