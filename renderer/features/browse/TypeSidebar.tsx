/** The sidebar: the types present in the store with their counts, filterable. */
import { useState } from 'react';
import type { StudioError } from '../../../shared/errors';
import { formatCount } from './format';

export interface TypeCount {
  type: string;
  count: number;
}

export function TypeSidebar(props: {
  types: TypeCount[] | undefined;
  error: StudioError | undefined;
  selected: string | undefined;
  onSelect: (type: string) => void;
}) {
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const shown = (props.types ?? []).filter((t) => t.type.toLowerCase().includes(needle));
  return (
    <nav className="sidebar" aria-label="Entity types">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        Semantic Studio
      </div>
      <div className="sidebar-filter">
        <input
          className="input"
          type="search"
          placeholder="Filter types"
          aria-label="Filter types"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
      </div>
      <div className="sidebar-section">Types</div>
      {props.error && <div className="sidebar-empty" role="alert">{props.error.message}</div>}
      {props.types && shown.length === 0 && (
        <div className="sidebar-empty">{props.types.length === 0 ? 'No entities yet' : 'No type matches'}</div>
      )}
      <ul className="type-list">
        {shown.map((t) => (
          <li key={t.type}>
            <button
              type="button"
              className="type-item"
              aria-current={t.type === props.selected}
              onClick={() => props.onSelect(t.type)}
            >
              <span>{t.type}</span>
              <span className="type-count" aria-label={`${t.count} entities`}>
                {formatCount(t.count)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
