/**
 * One type's screen: a toolbar (count, columns, trash, new), the bulk bar while rows are
 * selected, the virtualized table with server-side sort, quick filters and cursor paging,
 * and a footer with the paging state.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Entity } from '../../../shared/entity';
import { StudioError } from '../../../shared/errors';
import { api } from '../../api/client';
import { forgetRef } from '../../api/entity-names';
import { useDescriptor, useVocab } from '../../api/useVocab';
import { preloadEditorWhenIdle } from '../../app/lazy-screens';
import { useShell } from '../../app/useShell';
import { EmptyState } from '../../components/EmptyState';
import { fieldSpec } from '../editor/field-specs';
import { BulkBar } from './BulkBar';
import { ColumnChooser } from './ColumnChooser';
import { ImportButton } from '../transfer/ImportButton';
import { ExportMenu } from '../transfer/ExportMenu';
import { EntityTable } from './EntityTable';
import { formatCount } from './format';
import { filterKindOf, quickWhere, type FilterKind } from './quick-filter';
import { useColumnLayout } from './useColumnLayout';
import { useColumnProperties } from './useColumnProperties';
import { useEntityPages, type Sort } from './useEntityPages';
import { useFilteredCount } from './useFilteredCount';

export function EntityTableView(props: { type: string }) {
  const shell = useShell();
  // A type kept per tenant shows nothing until a tenant is chosen (the main process would refuse).
  const closed = shell.tenant === undefined && shell.types.some((t) => t.type === props.type && t.tenantScoped);
  return closed ? <ChooseTenant type={props.type} /> : <TypeTable type={props.type} />;
}

/** What a type kept per tenant shows under "All tenants": which tenant to choose, or that there is none yet. */
function ChooseTenant(props: { type: string }) {
  const shell = useShell();
  const tenants = shell.types.find((t) => t.type === 'Tenant')?.count ?? 0;
  return (
    <div className="view">
      <div className="toolbar">
        <h1>{props.type}</h1>
      </div>
      {tenants > 0 ? (
        <EmptyState
          title="Choose a tenant"
          text={`${props.type} is kept per tenant. Choose a tenant in the sidebar to see and edit its entities.`}
          action="Choose a tenant"
          onAction={() => document.getElementById('tenant-switcher')?.focus()}
        />
      ) : (
        <EmptyState
          title="No tenants yet"
          text={`${props.type} is kept per tenant, and this database has no Tenant yet. Create one, then choose it in the sidebar.`}
          action="New Tenant"
          onAction={() => shell.open({ kind: 'new', type: 'Tenant', key: `Tenant-${Date.now()}` })}
        />
      )}
    </div>
  );
}

function TypeTable(props: { type: string }) {
  const shell = useShell();
  const { descriptor } = useDescriptor(props.type);
  const { cache } = useVocab();
  const [sort, setSort] = useState<Sort>(undefined);
  const [filters, setFilters] = useState<Record<string, string>>({});
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  // Filter kinds come from the column properties, which come from the columns, which the first
  // rows choose: kept in state so the rows can feed the layout in the same render they arrive.
  const [kinds, setKinds] = useState<Record<string, FilterKind>>({});

  // Types the main process keeps per tenant are scoped there; others with a `tenant` property are narrowed here.
  const keptPerTenant = shell.types.some((t) => t.type === props.type && t.tenantScoped);
  const tenantScoped = shell.tenant !== undefined && !keptPerTenant && descriptor?.properties.some((p) => p.name === 'tenant');
  const where = useMemo(() => quickWhere(filters, kinds, tenantScoped ? { tenant: shell.tenant } : {}), [filters, kinds, tenantScoped, shell.tenant]);

  const pages = useEntityPages({ type: props.type, sort, where });
  const layout = useColumnLayout(props.type, pages.rows);
  const properties = useColumnProperties(props.type, layout.columns);
  useEffect(() => {
    const next: Record<string, FilterKind> = {};
    for (const [path, p] of Object.entries(properties)) next[path] = path.startsWith('$') ? 'date' : filterKindOf(p ? fieldSpec(p).kind : undefined);
    setKinds((old) => (JSON.stringify(old) === JSON.stringify(next) ? old : next));
  }, [properties]);
  const storeCount = shell.types.find((t) => t.type === props.type)?.count;
  const filteredCount = useFilteredCount(props.type, where);
  const total = where ? filteredCount : storeCount;

  // Once rows show, the editor's code and the descriptors a row embeds load in idle time.
  const firstRow = useRef<Entity | undefined>(undefined);
  firstRow.current = pages.rows[0];
  const shown = pages.rows.length > 0;
  useEffect(() => (shown ? preloadEditorWhenIdle(() => cache.ensure(props.type, firstRow.current)) : undefined), [shown, cache, props.type]);

  const open = (row: Entity): void => {
    // The entity and the descriptors of what it embeds are asked for now, while the tab renders.
    void api().prefetch('entities.get', { type: row.$type, id: row.$id }).catch(() => undefined);
    void cache.ensure(row.$type, row).catch(() => undefined);
    shell.open({ kind: 'entity', type: row.$type, id: row.$id });
  };

  const saveInline = (row: Entity, path: string, value: unknown): void => {
    const changes = value === undefined ? { $unset: { [path]: '' } } : { [path]: value };
    api()
      .invoke('entities.patch', { type: row.$type, id: row.$id, changes, expectedVersion: row.$version })
      .then(
        (saved) => {
          pages.patchRow(saved);
          forgetRef(saved.$id);
        },
        (error: unknown) => {
          const conflict = error instanceof StudioError && error.code === 'CONFLICT';
          shell.notify({ tone: 'error', text: conflict ? `${row.$id} was changed elsewhere; the table now shows the latest version.` : `Not saved: ${(error as Error).message}` });
          if (conflict) pages.reload();
        },
      );
  };

  return (
    <div className="view">
      <div className="toolbar">
        <h1>{props.type}</h1>
        {total !== undefined && (
          <span className="count">
            {formatCount(total)} {where ? 'matching' : total === 1 ? 'entity' : 'entities'}
          </span>
        )}
        {Object.values(filters).some((f) => f.trim()) && (
          <button type="button" className="btn btn-ghost btn-sm" onClick={() => setFilters({})}>
            Clear filters
          </button>
        )}
        <span className="spacer" />
        <ColumnChooser type={props.type} layout={layout} />
        <ImportButton type={props.type} types={shell.types.map((t) => t.type)} />
        <ExportMenu
          type={props.type}
          where={where}
          orderBy={sort ? { [sort.field]: sort.direction } : undefined}
          columns={layout.columns}
          onDone={(text) => shell.notify({ text })}
          onError={(text) => shell.notify({ text, tone: 'error' })}
        />
        <button type="button" className="btn" onClick={() => shell.open({ kind: 'trash', type: props.type })}>
          Trash
        </button>
        <button type="button" className="btn btn-primary" onClick={() => shell.open({ kind: 'new', type: props.type, key: `${props.type}-${Date.now()}` })}>
          New {props.type}
        </button>
      </div>
      {selected.size > 0 && (
        <BulkBar type={props.type} ids={[...selected]} descriptor={descriptor} onDone={() => setSelected(new Set())} onClear={() => setSelected(new Set())} />
      )}
      {pages.error && (
        <div className="banner-error" role="alert">
          {pages.error.message}
        </div>
      )}
      <EntityTable
        type={props.type}
        rows={pages.rows}
        columns={layout.columns}
        widths={layout.widths}
        properties={properties}
        sort={sort}
        onSort={setSort}
        filters={filters}
        onFilter={(column, text) => setFilters((f) => ({ ...f, [column]: text }))}
        onResize={layout.setWidth}
        selected={selected}
        onSelected={setSelected}
        onOpen={open}
        onInlineSave={saveInline}
        onNearEnd={pages.loadMore}
        total={total}
      />
      <div className="table-foot" aria-live="polite">
        {pages.loading && pages.rows.length === 0
          ? 'Loading…'
          : `${pages.rows.length.toLocaleString()} loaded${total !== undefined ? ` of ${total.toLocaleString()}` : ''}${pages.hasMore ? ' · scroll for more' : ''}`}
        <span className="foot-hint">Enter opens · F2 edits · Space selects</span>
      </div>
    </div>
  );
}
