/** One virtualized table row; memoized so scrolling re-renders only the rows that enter the view. */
import { memo } from 'react';
import type { Entity } from '../../../shared/entity';
import type { PropertyDescriptor } from '../../../shared/vocab/descriptor';
import { pathLabel } from '../../lib/labels';
import { fieldSpec } from '../editor/field-specs';
import { Cell } from './Cell';
import { cellModel } from './cell-model';
import { valueAtPath } from './column-paths';
import { InlineEditor } from './InlineEditor';
import { inlineKind } from './inline-value';

const BOOKKEEPING_KIND: Record<string, 'date' | 'id' | undefined> = { $updatedAt: 'date', $createdAt: 'date', $id: 'id' };

function RowView(props: {
  type: string;
  index: number;
  start: number;
  row: Entity;
  label: string;
  columns: string[];
  properties: Record<string, PropertyDescriptor | undefined>;
  selected: boolean;
  activeCol: number | undefined;
  editingCol: number | undefined;
  onToggle: (range: boolean) => void;
  onCellClick: (col: number) => void;
  onCellDoubleClick: (col: number) => void;
  onOpen: () => void;
  onEditDone: (path: string | undefined, value?: unknown) => void;
}) {
  const { row } = props;
  return (
    <div
      role="row"
      aria-rowindex={props.index + 3}
      aria-selected={props.selected}
      className={`grid-row ${props.selected ? 'is-selected' : ''} ${row.deleted ? 'is-deleted' : ''}`}
      style={{ transform: `translateY(${props.start}px)` }}
      // One handler per row rather than two per cell: the cell is found from the event's target.
      onClick={(e) => {
        const col = cellIndex(e.target);
        if (col !== undefined) props.onCellClick(col);
      }}
      onDoubleClick={(e) => {
        const col = cellIndex(e.target);
        if (col !== undefined) props.onCellDoubleClick(col);
      }}
    >
      <div role="gridcell" className="cell-select">
        {/* A drawn checkbox: a native one per row cost ~60 ms of the first screen's layout and paint. Space selects from the keyboard. */}
        <span
          role="checkbox"
          className="row-check"
          aria-checked={props.selected}
          aria-label={`Select ${props.label}`}
          onClick={(e) => {
            e.stopPropagation();
            props.onToggle(e.shiftKey);
          }}
        />
      </div>
      {props.columns.map((column, col) => {
        const value = valueAtPath(row, column);
        const property = props.properties[column];
        // Only the active cell needs an id: the grid's aria-activedescendant names it.
        const id = props.activeCol === col ? `cell-${props.type}-${props.index}-${col}` : undefined;
        const className = `grid-cell ${props.activeCol === col ? 'is-active' : ''}`;
        if (props.editingCol === col) {
          const kind = inlineKind(column, property, value);
          if (kind) {
            return (
              <div key={column} id={id} role="gridcell" className={`${className} is-editing`}>
                <InlineEditor
                  kind={kind}
                  label={pathLabel(column)}
                  value={value}
                  members={property ? fieldSpec(property).members : []}
                  onSave={(v) => props.onEditDone(column, v)}
                  onCancel={() => props.onEditDone(undefined)}
                />
              </div>
            );
          }
        }
        const bookkeeping = BOOKKEEPING_KIND[column];
        return (
          <div
            key={column}
            id={id}
            role="gridcell"
            className={`${className} ${bookkeeping === 'id' ? 'cell-id' : ''}`}
          >
            {bookkeeping === 'id' ? (
              <button type="button" tabIndex={-1} className="link-btn" onClick={props.onOpen} title={`Open ${props.label}`}>
                {row.$id}
              </button>
            ) : (
              <Cell model={bookkeeping === 'date' ? cellModel(value, undefined).kind === 'empty' ? { kind: 'empty' } : dateModel(String(value)) : cellModel(value, property, column)} />
            )}
          </div>
        );
      })}
    </div>
  );
}

/** The column index of the data cell an event happened in (the selection cell is not one). */
function cellIndex(target: EventTarget): number | undefined {
  const cell = (target as Element).closest?.('[role="gridcell"]');
  const row = cell?.parentElement;
  if (!cell || !row || cell.classList.contains('cell-select')) return undefined;
  return Array.prototype.indexOf.call(row.children, cell) - 1;
}

const stamps = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });

function dateModel(iso: string) {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? { kind: 'text' as const, text: iso } : { kind: 'date' as const, iso, text: stamps.format(time) };
}

/** A table row (memoized). */
export const TableRow = memo(RowView, (a, b) =>
  a.row === b.row &&
  a.start === b.start &&
  a.selected === b.selected &&
  a.activeCol === b.activeCol &&
  a.editingCol === b.editingCol &&
  a.columns === b.columns &&
  a.properties === b.properties,
);
