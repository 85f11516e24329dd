/** One type's screen: a toolbar with the count and "New", the table, and a footer with paging state. */
import { useMemo, useState } from 'react';
import { EntityTable } from './EntityTable';
import { defaultColumns } from './columns';
import { formatCount } from './format';
import { useEntityPages, type Sort } from './useEntityPages';

export function EntityTableView(props: { type: string; count: number | undefined; onCreate: () => void }) {
  const [sort, setSort] = useState<Sort>(undefined);
  const pages = useEntityPages(props.type, sort);
  const columns = useMemo(() => defaultColumns(pages.rows), [pages.rows]);
  return (
    <>
      <div className="toolbar">
        <h1>{props.type}</h1>
        {props.count !== undefined && <span className="count">{formatCount(props.count)} entities</span>}
        <span className="spacer" />
        <button type="button" className="btn btn-primary" onClick={props.onCreate}>
          New {props.type}
        </button>
      </div>
      {pages.error && (
        <div className="banner-error" role="alert" style={{ margin: 12 }}>
          {pages.error.message}
        </div>
      )}
      <EntityTable rows={pages.rows} columns={columns} sort={sort} onSort={setSort} onNearEnd={pages.loadMore} />
      <div className="table-foot" aria-live="polite">
        {pages.loading ? 'Loading…' : `${pages.rows.length.toLocaleString()} loaded${pages.hasMore ? ' · scroll for more' : ''}`}
      </div>
    </>
  );
}
