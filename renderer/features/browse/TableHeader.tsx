/** The table's sticky header: sortable column titles with resize handles, and a row of quick filters. */
import { useEffect, useState, type PointerEvent } from 'react';
import type { PropertyDescriptor } from '../../../shared/vocab/descriptor';
import { pathLabel } from '../../lib/labels';
import { columnWidth } from './EntityTable';
import type { Sort } from './useEntityPages';
import { fieldSpec } from '../editor/field-specs';
import { filterKindOf } from './quick-filter';

const FILTER_HINT = { text: 'contains…', number: '>10, 1..5', date: '>2024-01', boolean: 'yes / no' };
const DEBOUNCE_MS = 300;

export function TableHeader(props: {
  columns: string[];
  template: string;
  widths: Record<string, number>;
  properties: Record<string, PropertyDescriptor | undefined>;
  sort: Sort;
  onSort: (sort: Sort) => void;
  filters: Record<string, string>;
  onFilter: (column: string, text: string) => void;
  onResize: (column: string, width: number) => void;
  allSelected: boolean;
  someSelected: boolean;
  onSelectAll: () => void;
}) {
  const toggleSort = (field: string): void => {
    const current = props.sort?.field === field ? props.sort.direction : undefined;
    props.onSort(current === 'asc' ? { field, direction: 'desc' } : current === 'desc' ? undefined : { field, direction: 'asc' });
  };

  const startResize = (event: PointerEvent<HTMLSpanElement>, column: string): void => {
    event.preventDefault();
    event.stopPropagation();
    const startX = event.clientX;
    const startWidth = columnWidth(column, props.widths);
    const move = (e: globalThis.PointerEvent): void => {
      const width = Math.max(80, Math.min(800, startWidth + e.clientX - startX));
      props.onResize(column, width);
    };
    const up = (): void => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  };

  return (
    <div className="grid-head" role="rowgroup">
      <div className="grid-head-row" role="row" aria-rowindex={1} style={{ gridTemplateColumns: props.template }}>
        <div role="columnheader" className="cell-select">
          <input
            type="checkbox"
            aria-label="Select all loaded rows"
            checked={props.allSelected}
            ref={(el) => {
              if (el) el.indeterminate = props.someSelected && !props.allSelected;
            }}
            onChange={props.onSelectAll}
          />
        </div>
        {props.columns.map((column) => {
          const direction = props.sort?.field === column ? props.sort.direction : undefined;
          const label = pathLabel(column);
          return (
            <div key={column} role="columnheader" aria-sort={direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none'}>
              <button type="button" onClick={() => toggleSort(column)} title={props.properties[column]?.description ?? `Sort by ${label}`}>
                <span className="head-label">{label}</span>
                <span className="sort-mark" aria-hidden="true">
                  {direction === 'asc' ? '↑' : direction === 'desc' ? '↓' : ''}
                </span>
              </button>
              <span className="resizer" aria-hidden="true" onPointerDown={(e) => startResize(e, column)} />
            </div>
          );
        })}
      </div>
      <div className="grid-filter-row" role="row" aria-rowindex={2} style={{ gridTemplateColumns: props.template }}>
        <div role="gridcell" />
        {props.columns.map((column) => (
          <div key={column} role="gridcell">
            <FilterInput column={column} property={props.properties[column]} value={props.filters[column] ?? ''} onChange={props.onFilter} />
          </div>
        ))}
      </div>
    </div>
  );
}

/** One quick filter, debounced so typing does not send a query per key. */
function FilterInput(props: { column: string; property: PropertyDescriptor | undefined; value: string; onChange: (column: string, text: string) => void }) {
  const [text, setText] = useState(props.value);
  useEffect(() => setText(props.value), [props.value]);
  useEffect(() => {
    if (text === props.value) return;
    const timer = window.setTimeout(() => props.onChange(props.column, text), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text, props]);
  const kind = props.column === '$updatedAt' || props.column === '$createdAt' ? 'date' : filterKindOf(props.property ? fieldSpec(props.property).kind : undefined);
  return (
    <input
      className="filter-input"
      type="search"
      aria-label={`Filter ${pathLabel(props.column)}`}
      placeholder={FILTER_HINT[kind]}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onKeyDown={(e) => e.key === 'Enter' && props.onChange(props.column, text)}
    />
  );
}
