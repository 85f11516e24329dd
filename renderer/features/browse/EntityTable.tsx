/**
 * The entity table: @tanstack/react-table holds the column model, @tanstack/react-virtual
 * keeps only the visible rows in the DOM, and more pages load as the user nears the end.
 * Keyboard: arrows move the active cell, Enter opens the row, F2 edits the cell in place,
 * Space selects the row.
 */
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { getCoreRowModel, useReactTable, type ColumnDef } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Entity } from '../../../shared/entity';
import type { PropertyDescriptor } from '../../../shared/vocab/descriptor';
import { displayName } from '../../lib/display-name';
import { TableHeader } from './TableHeader';
import { TableRow } from './TableRow';
import { inlineKind } from './inline-value';
import type { Sort } from './useEntityPages';
import { valueAtPath } from './column-paths';

const ROW_HEIGHT = 36;
const SELECT_WIDTH = 44;
const NEAR_END_ROWS = 300;
/** Tabs, toolbar, column header with filters, footer and status bar: what surrounds the rows (about). */
const FRAME_HEIGHT = 220;

/** A power of two at least twice the rows in view: slot keys stay unique and change only when the window grows a lot. */
export function windowSlots(visible: number): number {
  let slots = 64;
  while (slots < visible * 2) slots *= 2;
  return slots;
}

/** The default width of a column. */
export const columnWidth = (column: string, widths: Record<string, number>): number => widths[column] ?? (column === '$id' ? 190 : 180);

/** Everything the table shows and reports. */
export interface EntityTableProps {
  type: string;
  rows: Entity[];
  columns: string[];
  widths: Record<string, number>;
  properties: Record<string, PropertyDescriptor | undefined>;
  sort: Sort;
  onSort: (sort: Sort) => void;
  filters: Record<string, string>;
  onFilter: (column: string, text: string) => void;
  onResize: (column: string, width: number) => void;
  selected: ReadonlySet<string>;
  onSelected: (next: Set<string>) => void;
  onOpen: (row: Entity) => void;
  onInlineSave: (row: Entity, path: string, value: unknown) => void;
  onNearEnd: () => void;
  total: number | undefined;
}

export function EntityTable(props: EntityTableProps) {
  const columnDefs = useMemo<ColumnDef<Entity>[]>(
    () => props.columns.map((key) => ({ id: key, accessorFn: (row) => valueAtPath(row, key) })),
    [props.columns],
  );
  useReactTable({ data: props.rows, columns: columnDefs, getCoreRowModel: getCoreRowModel(), manualSorting: true, manualFiltering: true, getRowId: (row) => row.$id });
  // Rows are read from the loaded pages, not react-table's row model: that model rebuilds a row
  // object per loaded entity whenever a page arrives, which stalls scrolling at tens of thousands.
  const rows = props.rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState({ row: 0, col: 0 });
  const [editing, setEditing] = useState<{ row: number; col: number }>();

  // Without flushSync a fast scroll renders in React's own batches instead of synchronously inside every scroll event.
  // The window's size, less the frame around the rows, stands in for the table's until it is measured: the
// first render has the rows in view and no more (each row's text costs layout time in the first frame).
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 3,
    useFlushSync: false,
    initialRect: { width: window.innerWidth, height: Math.max(ROW_HEIGHT, window.innerHeight - FRAME_HEIGHT) },
  });
  const items = virtualizer.getVirtualItems();
  // Rows are keyed by their slot in the window, not by entity: a row scrolled out is reused for the
  // one scrolled in (its text updated in place) instead of being destroyed and built again.
  const slots = windowSlots(items.length);
  const last = items[items.length - 1];
  // The next page is asked for a page and a half ahead, so a fast scroll rarely reaches the end of what is loaded.
  if (last && last.index >= rows.length - NEAR_END_ROWS) queueMicrotask(props.onNearEnd);

  const template = [`${SELECT_WIDTH}px`, ...props.columns.map((c) => `${columnWidth(c, props.widths)}px`)].join(' ');
  const width = SELECT_WIDTH + props.columns.reduce((sum, c) => sum + columnWidth(c, props.widths), 0);

  // Rows are memoized and keep the handlers of their last render: handlers read the latest props here.
  const latest = useRef(props);
  latest.current = props;

  const toggle = (row: Entity, range: boolean): void => {
    const next = new Set(latest.current.selected);
    if (range && next.size > 0) {
      const ids = latest.current.rows.map((r) => r.$id);
      const anchor = ids.findIndex((id) => next.has(id));
      const to = ids.indexOf(row.$id);
      for (let i = Math.min(anchor, to); i <= Math.max(anchor, to); i++) next.add(ids[i] as string);
    } else if (next.has(row.$id)) next.delete(row.$id);
    else next.add(row.$id);
    latest.current.onSelected(next);
  };

  const moveTo = (row: number, col: number): void => {
    const r = Math.max(0, Math.min(rows.length - 1, row));
    const c = Math.max(0, Math.min(props.columns.length - 1, col));
    setActive({ row: r, col: c });
    virtualizer.scrollToIndex(r, { align: 'auto' });
  };

  const startEdit = (row: number, col: number): boolean => {
    const { rows: current, columns, properties } = latest.current;
    const entity = current[row];
    const column = columns[col];
    if (!entity || !column || !inlineKind(column, properties[column], entity[column])) return false;
    setEditing({ row, col });
    return true;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (editing || (event.target as HTMLElement).closest('input,select,button,a')) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    const moves: Record<string, [number, number]> = {
      ArrowDown: [active.row + 1, active.col],
      ArrowUp: [active.row - 1, active.col],
      ArrowRight: [active.row, active.col + 1],
      ArrowLeft: [active.row, active.col - 1],
      PageDown: [active.row + page, active.col],
      PageUp: [active.row - page, active.col],
      Home: [event.ctrlKey ? 0 : active.row, 0],
      End: [event.ctrlKey ? rows.length - 1 : active.row, props.columns.length - 1],
    };
    const move = moves[event.key];
    const entity = props.rows[active.row];
    if (move) moveTo(move[0], move[1]);
    else if (event.key === 'Enter' && entity) props.onOpen(entity);
    else if (event.key === 'F2') startEdit(active.row, active.col);
    else if (event.key === ' ' && entity) toggle(entity, event.shiftKey);
    else if (event.key === 'a' && (event.ctrlKey || event.metaKey)) props.onSelected(new Set(props.rows.map((r) => r.$id)));
    else if (event.key === 'Escape') props.onSelected(new Set());
    else return;
    event.preventDefault();
  };

  const activeId = rows.length ? `cell-${props.type}-${active.row}-${active.col}` : undefined;
  const allSelected = props.rows.length > 0 && props.rows.every((r) => props.selected.has(r.$id));

  return (
    <div
      className="table-wrap"
      ref={scrollRef}
      role="grid"
      tabIndex={0}
      aria-label={`${props.type} entities`}
      aria-rowcount={(props.total ?? rows.length) + 2}
      aria-colcount={props.columns.length + 1}
      aria-multiselectable="true"
      aria-activedescendant={activeId}
      onKeyDown={onKeyDown}
    >
      <div className="grid" style={{ width }}>
        <TableHeader
          columns={props.columns}
          template={template}
          widths={props.widths}
          properties={props.properties}
          sort={props.sort}
          onSort={props.onSort}
          filters={props.filters}
          onFilter={props.onFilter}
          onResize={props.onResize}
          allSelected={allSelected}
          someSelected={props.selected.size > 0}
          onSelectAll={() => props.onSelected(allSelected ? new Set() : new Set(props.rows.map((r) => r.$id)))}
        />
        {/* The rows' column template is set once here, not on every row (see .grid-row in table.css). */}
        <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative', ['--row-columns' as string]: template }}>
          {items.map((item) => {
            const entity = props.rows[item.index];
            if (!entity) return null;
            return (
              <TableRow
                key={item.index % slots}
                type={props.type}
                index={item.index}
                start={item.start}
                row={entity}
                label={displayName(entity, entity.$id)}
                columns={props.columns}
                properties={props.properties}
                selected={props.selected.has(entity.$id)}
                activeCol={active.row === item.index ? active.col : undefined}
                editingCol={editing?.row === item.index ? editing.col : undefined}
                onToggle={(range) => toggle(entity, range)}
                onCellClick={(col) => setActive({ row: item.index, col })}
                onCellDoubleClick={(col) => startEdit(item.index, col) || latest.current.onOpen(entity)}
                onOpen={() => latest.current.onOpen(entity)}
                onEditDone={(path, value) => {
                  setEditing(undefined);
                  scrollRef.current?.focus();
                  if (path !== undefined) latest.current.onInlineSave(entity, path, value);
                }}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
