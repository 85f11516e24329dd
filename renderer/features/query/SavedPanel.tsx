/** Saving the current query under a name, and reopening saved and recent ones (per tenant, kept in the database). */
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { useShell } from '../../app/useShell';
import type { StudioError } from '../../../shared/errors';
import { useChannel } from './useChannel';

/** A query to reopen: its type and body (`{ where, ... }` or a pipeline). */
export interface OpenedQuery {
  type: string;
  body: unknown;
  name?: string;
}

export function SavedPanel(props: { kind: 'find' | 'aggregate'; type: string; body: unknown; onOpen: (query: OpenedQuery) => void; recentTick: number }) {
  const shell = useShell();
  const [name, setName] = useState('');
  const saved = useChannel('query.saved', { kind: props.kind }, 0);
  const recent = useChannel('query.recent', { kind: props.kind, limit: 8 }, 0);
  const reloadRecent = recent.reload;
  useEffect(() => reloadRecent(), [props.recentTick, reloadRecent]);

  const save = async () => {
    try {
      await api().invoke('query.save', { name: name.trim(), kind: props.kind, type: props.type, body: props.body });
      shell.notify({ text: `Saved "${name.trim()}"` });
      setName('');
      saved.reload();
    } catch (e) {
      shell.notify({ text: (e as StudioError).message, tone: 'error' });
    }
  };
  const remove = async (id: number) => {
    await api().invoke('query.deleteSaved', { id });
    saved.reload();
  };

  return (
    <aside className="qb-saved" aria-label="Saved queries">
      <form
        className="qb-save"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) void save();
        }}
      >
        <input className="input input-sm" aria-label="Query name" placeholder="Name this query" value={name} onChange={(e) => setName(e.target.value)} />
        <button type="submit" className="btn btn-sm" disabled={!name.trim()}>
          Save
        </button>
      </form>
      <h3>Saved</h3>
      {saved.data?.length === 0 && <p className="muted">Nothing saved yet.</p>}
      <ul className="qb-list">
        {saved.data?.map((q) => (
          <li key={q.id}>
            <button type="button" className="link-btn" onClick={() => props.onOpen({ type: q.type, body: q.body, name: q.name })}>
              {q.name}
            </button>
            <span className="muted"> {q.type}</span>
            <button type="button" className="icon-btn" aria-label={`Delete saved query ${q.name}`} onClick={() => void remove(q.id)}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <h3>Recent</h3>
      {recent.data?.length === 0 && <p className="muted">Queries you run appear here.</p>}
      <ul className="qb-list">
        {recent.data?.map((q) => (
          <li key={q.id}>
            <button type="button" className="link-btn mono qb-recent" title={JSON.stringify(q.body)} onClick={() => props.onOpen({ type: q.type, body: q.body })}>
              {q.type} {summary(q.body)}
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}

function summary(body: unknown): string {
  const text = JSON.stringify(body);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
