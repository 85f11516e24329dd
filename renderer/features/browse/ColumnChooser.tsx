/**
 * The column chooser: the type's properties (common ones first), searchable, with nested
 * paths under embedded entities (`worksFor.name`, `offers.price`); shown columns can be
 * reordered, and the layout is remembered per type.
 */
import { useState } from 'react';
import { useDescriptor } from '../../api/useVocab';
import { Popover } from '../../components/Popover';
import { humanize, pathLabel } from '../../lib/labels';
import { columnOptions, type ColumnOption } from './column-paths';
import { moveColumn, toggleColumn } from './column-layout';
import type { ColumnLayoutState } from './useColumnLayout';

const BOOKKEEPING = ['$id', '$createdAt', '$updatedAt', '$version'];

export function ColumnChooser(props: { type: string; layout: ColumnLayoutState }) {
  return (
    <Popover label="Columns" title="Choose, order and reset columns">
      {() => <ChooserPanel type={props.type} layout={props.layout} />}
    </Popover>
  );
}

function ChooserPanel(props: { type: string; layout: ColumnLayoutState }) {
  const [query, setQuery] = useState('');
  const { columns, setColumns } = props.layout;
  return (
    <div className="chooser">
      <div className="chooser-section">Shown</div>
      <ol className="chooser-shown">
        {columns.map((column, i) => (
          <li key={column}>
            <span className="chooser-name">{pathLabel(column)}</span>
            <button type="button" className="icon-btn" aria-label={`Move ${pathLabel(column)} left`} disabled={i === 0} onClick={() => setColumns(moveColumn(columns, column, -1))}>
              ↑
            </button>
            <button type="button" className="icon-btn" aria-label={`Move ${pathLabel(column)} right`} disabled={i === columns.length - 1} onClick={() => setColumns(moveColumn(columns, column, 1))}>
              ↓
            </button>
            <button type="button" className="icon-btn" aria-label={`Hide ${pathLabel(column)}`} onClick={() => setColumns(toggleColumn(columns, column))}>
              ×
            </button>
          </li>
        ))}
      </ol>
      <input className="input input-sm" type="search" placeholder="Search properties" aria-label="Search properties" value={query} onChange={(e) => setQuery(e.target.value)} />
      <div className="chooser-list" role="group" aria-label="Available columns">
        {BOOKKEEPING.filter((c) => !query || humanize(c).toLowerCase().includes(query.toLowerCase())).map((c) => (
          <Toggle key={c} path={c} label={humanize(c)} description="Kept by the store" layout={props.layout} />
        ))}
        <OptionList type={props.type} prefix="" query={query.trim().toLowerCase()} layout={props.layout} depth={0} />
      </div>
      {props.layout.custom && (
        <button type="button" className="btn btn-ghost btn-sm" onClick={props.layout.reset}>
          Reset to defaults
        </button>
      )}
    </div>
  );
}

function OptionList(props: { type: string; prefix: string; query: string; layout: ColumnLayoutState; depth: number }) {
  const { descriptor } = useDescriptor(props.type);
  if (!descriptor) return <div className="chooser-note">Loading {props.type}…</div>;
  const matches = (o: ColumnOption): boolean => !props.query || o.path.toLowerCase().includes(props.query) || humanize(o.property.name).toLowerCase().includes(props.query);
  return (
    <>
      {columnOptions(descriptor, props.prefix)
        .filter((o) => matches(o) || (o.nestedType && props.depth < 1))
        .map((o) => (
          <Option key={o.path} option={o} layout={props.layout} depth={props.depth} query={props.query} visible={matches(o)} />
        ))}
    </>
  );
}

function Option(props: { option: ColumnOption; layout: ColumnLayoutState; depth: number; query: string; visible: boolean }) {
  const [open, setOpen] = useState(false);
  const { option } = props;
  const canOpen = option.nestedType !== undefined && props.depth < 1;
  if (!props.visible && !open) return null;
  return (
    <div style={{ paddingLeft: props.depth * 16 }}>
      <div className="chooser-row">
        <Toggle path={option.path} label={humanize(option.property.name)} description={option.property.description} layout={props.layout} />
        {canOpen && (
          <button type="button" className="icon-btn" aria-expanded={open} aria-label={`${open ? 'Hide' : 'Show'} properties of ${humanize(option.property.name)}`} onClick={() => setOpen((o) => !o)}>
            {open ? '▾' : '▸'}
          </button>
        )}
      </div>
      {open && option.nestedType && <OptionList type={option.nestedType} prefix={option.path} query={props.query} layout={props.layout} depth={props.depth + 1} />}
    </div>
  );
}

function Toggle(props: { path: string; label: string; description: string; layout: ColumnLayoutState }) {
  const shown = props.layout.columns.includes(props.path);
  return (
    <label className="chooser-toggle" title={props.description}>
      <input type="checkbox" checked={shown} onChange={() => props.layout.setColumns(toggleColumn(props.layout.columns, props.path))} />
      <span>{props.label}</span>
      {props.path.includes('.') && <span className="chooser-path">{props.path}</span>}
    </label>
  );
}
