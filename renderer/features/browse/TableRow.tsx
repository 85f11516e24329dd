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
  height: number;
  row: Entity;
  label: string;
  columns: string[];
  template: string;
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
      style={{ transform: `translateY(${props.start}px)`, height: props.height, gridTemplateColumns: props.template }}
    >
      <div role="gridcell" className="cell-select">
        <input
          type="checkbox"
          tabIndex={-1}
          aria-label={`Select ${props.label}`}
          checked={props.selected}
          onChange={() => undefined}
          onClick={(e) => {
            e.stopPropagation();
            props.onToggle(e.shiftKey);
          }}
        />
      </div>
      {props.columns.map((column, col) => {
        const value = valueAtPath(row, column);
        const property = props.properties[column];
        const id = `cell-${props.type}-${props.index}-${col}`;
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
            onClick={() => props.onCellClick(col)}
            onDoubleClick={() => props.onCellDoubleClick(col)}
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
  a.template === b.template &&
  a.properties === b.properties,
);
