/** A type's trash: its soft-deleted entities, newest first, each restorable (or removable for good). */
import { useState } from 'react';
import type { Entity } from '../../../shared/entity';
import { api } from '../../api/client';
import { useShell } from '../../app/useShell';
import { EmptyState } from '../../components/EmptyState';
import { displayName } from '../../lib/display-name';
import { useEntityPages } from './useEntityPages';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function TrashView(props: { type: string }) {
  const shell = useShell();
  const pages = useEntityPages({ type: props.type, sort: undefined, where: undefined, deleted: 'only' });
  const [busy, setBusy] = useState<string>();

  const act = async (row: Entity, action: 'restore' | 'purge'): Promise<void> => {
    setBusy(row.$id);
    try {
      if (action === 'restore') {
        await api().invoke('entities.restore', { type: row.$type, id: row.$id });
        shell.notify({ text: `Restored ${displayName(row, row.$id)}`, action: { label: 'Open', run: () => shell.open({ kind: 'entity', type: row.$type, id: row.$id }) } });
      } else {
        await api().invoke('entities.delete', { type: row.$type, id: row.$id, force: true });
        shell.notify({ text: `Deleted ${displayName(row, row.$id)} for good` });
      }
      pages.reload();
    } catch (error) {
      shell.notify({ tone: 'error', text: (error as Error).message });
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <div className="view">
      <div className="toolbar">
        <h1>Trash · {props.type}</h1>
        <span className="count">{pages.rows.length.toLocaleString()}{pages.hasMore ? '+' : ''} deleted</span>
        <span className="spacer" />
        <button type="button" className="btn" onClick={() => shell.open({ kind: 'table', type: props.type })}>
          Back to {props.type}
        </button>
      </div>
      {pages.error && (
        <div className="banner-error" role="alert">
          {pages.error.message}
        </div>
      )}
      {!pages.loading && pages.rows.length === 0 && !pages.error ? (
        <EmptyState title="The trash is empty" text={`Deleted ${props.type} entities appear here until they are restored or removed for good.`} />
      ) : (
        <ul className="trash-list" aria-label={`Deleted ${props.type} entities`}>
          {pages.rows.map((row) => (
            <li key={row.$id} className="trash-item">
              <div className="trash-main">
                <span className="trash-name">{displayName(row, row.$id)}</span>
                <span className="mono muted">{row.$id}</span>
              </div>
              <span className="muted">{typeof row.deletedAt === 'string' ? `Deleted ${when.format(Date.parse(row.deletedAt))}` : 'Deleted'}</span>
              <button type="button" className="btn btn-sm" aria-label={`Restore ${displayName(row, row.$id)}`} disabled={busy === row.$id} onClick={() => void act(row, 'restore')}>
                Restore
              </button>
              <button type="button" className="btn btn-sm btn-ghost btn-danger-text" aria-label={`Delete ${displayName(row, row.$id)} for good`} disabled={busy === row.$id} onClick={() => void act(row, 'purge')}>
                Delete for good
              </button>
            </li>
          ))}
          {pages.hasMore && (
            <li className="trash-more">
              <button type="button" className="btn btn-sm" onClick={pages.loadMore}>
                Load more
              </button>
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
