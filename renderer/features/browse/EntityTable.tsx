/**
 * The entity table: @tanstack/react-table for the model, row virtualization so only the
 * visible rows are in the DOM, and more pages fetched as the user nears the end.
 */
import { useMemo, useRef } from 'react';
import { getCoreRowModel, useReactTable, type ColumnDef } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Entity } from '../../../shared/entity';
import { cellText } from './format';
import { columnLabel } from './columns';
import type { Sort } from './useEntityPages';

const ROW_HEIGHT = 36;

export function EntityTable(props: {
  rows: Entity[];
  columns: string[];
  sort: Sort;
  onSort: (sort: Sort) => void;
  onNearEnd: () => void;
}) {
  const columns = useMemo<ColumnDef<Entity>[]>(
    () => props.columns.map((key) => ({ id: key, header: columnLabel(key), accessorFn: (row) => row[key] })),
    [props.columns],
  );
  const table = useReactTable({ data: props.rows, columns, getCoreRowModel: getCoreRowModel(), manualSorting: true });
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = table.getRowModel().rows;
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const last = items[items.length - 1];
  if (last && last.index >= rows.length - 40) queueMicrotask(props.onNearEnd);

  const template = props.columns.map((key) => (key === '$id' ? 'minmax(200px, 260px)' : 'minmax(140px, 1fr)')).join(' ');

  const toggleSort = (field: string): void => {
    const current = props.sort?.field === field ? props.sort.direction : undefined;
    props.onSort(current === 'asc' ? { field, direction: 'desc' } : current === 'desc' ? undefined : { field, direction: 'asc' });
  };

  return (
    <div className="table-wrap" ref={scrollRef} role="grid" aria-rowcount={rows.length + 1} aria-colcount={props.columns.length}>
      <div className="grid">
        <div className="grid-head" role="row" style={{ gridTemplateColumns: template }}>
          {table.getFlatHeaders().map((header) => {
            const direction = props.sort?.field === header.id ? props.sort.direction : undefined;
            return (
              <div key={header.id} role="columnheader" aria-sort={direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none'}>
                <button type="button" onClick={() => toggleSort(header.id)} title={`Sort by ${columnLabel(header.id)}`}>
                  {columnLabel(header.id)}
                  <span aria-hidden="true">{direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : ''}</span>
                </button>
              </div>
            );
          })}
        </div>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <div
                key={row.id}
                role="row"
                aria-rowindex={item.index + 2}
                className="grid-row"
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT, gridTemplateColumns: template }}
              >
                {row.getVisibleCells().map((cell) => {
                  const value = cell.getValue();
                  const cls = cell.column.id === '$id' ? 'cell-id' : typeof value === 'number' ? 'cell-num' : value == null ? 'cell-null' : '';
                  return (
                    <div key={cell.id} role="gridcell" className={`grid-cell ${cls}`}>
                      <span title={cellText(value)}>{value == null ? '—' : cellText(value)}</span>
                    </div>
                  );
                })}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
