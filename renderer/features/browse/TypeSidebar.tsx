/**
 * The sidebar: the types present in the store with their counts, grouped by vocabulary
 * (schema.org, custom), filterable, with the tenant switcher where tenants exist. Arrow keys
 * move between types.
 */
import { useState, type KeyboardEvent } from 'react';
import type { StudioError } from '../../../shared/errors';
import { TenantSwitcher } from '../../app/TenantSwitcher';
import { formatCount } from './format';
import { useTypeSources } from './useTypeSources';

export interface TypeCount {
  type: string;
  count: number;
  /** Kept per tenant: without a chosen tenant there is no count to show. */
  tenantScoped?: boolean;
}

const GROUP_LABEL: Record<string, string> = { 'schema.org': 'schema.org', custom: 'Custom types', unknown: 'Other' };

export function TypeSidebar(props: {
  types: TypeCount[] | undefined;
  error: StudioError | undefined;
  selected: string | undefined;
  onSelect: (type: string) => void;
  tenant: string | undefined;
  onTenant: (tenant: string | undefined) => void;
  onPalette: () => void;
}) {
  const [filter, setFilter] = useState('');
  const sources = useTypeSources(props.types?.map((t) => t.type) ?? []);
  const needle = filter.trim().toLowerCase();
  const shown = (props.types ?? []).filter((t) => t.type.toLowerCase().includes(needle));
  const groups = ['schema.org', 'custom', 'unknown']
    .map((source) => ({ source, types: shown.filter((t) => (sources.get(t.type) ?? 'unknown') === source) }))
    .filter((g) => g.types.length > 0);

  const onKey = (event: KeyboardEvent<HTMLElement>): void => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const items = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('.type-item')];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const next = items[at + (event.key === 'ArrowDown' ? 1 : -1)];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  };

  return (
    <nav className="sidebar" aria-label="Entity types">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        Semantic Studio
      </div>
      <button type="button" className="palette-trigger" onClick={props.onPalette}>
        <span>Go to…</span>
        <span className="kbd-hint" aria-hidden="true">
          <kbd>Ctrl</kbd>
          <kbd>K</kbd>
        </span>
      </button>
      <TenantSwitcher types={props.types} tenant={props.tenant} onTenant={props.onTenant} />
      <div className="sidebar-filter">
        <input
          className="input input-sm"
          type="search"
          placeholder="Filter types"
          aria-label="Filter types"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
      </div>
      {props.error && (
        <div className="sidebar-empty" role="alert">
          {props.error.message}
        </div>
      )}
      {props.types && shown.length === 0 && <div className="sidebar-empty">{props.types.length === 0 ? 'No entities yet' : 'No type matches'}</div>}
      <div className="type-groups" onKeyDown={onKey}>
        {groups.map((group) => (
          <div key={group.source} role="group" aria-labelledby={`types-${group.source}`}>
            <div className="sidebar-section" id={`types-${group.source}`}>
              {GROUP_LABEL[group.source]}
            </div>
            <ul className="type-list">
              {group.types.map((t) => (
                <li key={t.type}>
                  <button type="button" className="type-item" aria-current={t.type === props.selected ? 'page' : undefined} onClick={() => props.onSelect(t.type)}>
                    <span>{t.type}</span>
                    {t.tenantScoped && props.tenant === undefined ? (
                      <span className="type-count" title="Kept per tenant: choose a tenant to see its entities">
                        per tenant
                      </span>
                    ) : (
                      <span className="type-count">{formatCount(t.count)}</span>
                    )}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </nav>
  );
}
