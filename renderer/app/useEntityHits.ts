/**
 * Entities matching the palette's query: full-text search by name, plus an exact `$id`
 * lookup in each type present when the query could be an id. Debounced, latest query wins.
 */
import { useEffect, useState } from 'react';
import type { Output } from '../../shared/contract';
import { api } from '../api/client';
import { displayName } from '../lib/display-name';
import { useShell } from './useShell';

type Summary = Output<'entities.search'>[number];

const DELAY_MS = 150;
// Past this many types an id lookup in each would cost more than it helps.
const MAX_ID_LOOKUPS = 24;

/** Entity summaries for a query (empty for a blank one). */
export function useEntityHits(query: string): Summary[] {
  const { types } = useShell();
  const [hits, setHits] = useState<Summary[]>([]);
  const typeNames = types.map((t) => t.type).join(',');
  useEffect(() => {
    const text = query.trim();
    if (text.length < 2) {
      setHits([]);
      return;
    }
    let live = true;
    const timer = window.setTimeout(() => {
      const byId = /\s/.test(text) || typeNames.split(',').length > MAX_ID_LOOKUPS ? [] : typeNames.split(',').filter(Boolean).map((type) =>
        api()
          .invoke('entities.get', { type, id: text })
          .then((e) => (e ? [{ type: e.$type, id: e.$id, name: displayName(e, e.$id) }] : []), () => []),
      );
      const search = api()
        .invoke('entities.search', { text, limit: 12 })
        .catch(() => [] as Summary[]);
      void Promise.all([Promise.all(byId), search]).then(([exact, found]) => {
        if (!live) return;
        const first = exact.flat();
        const seen = new Set(first.map((h) => `${h.type}:${h.id}`));
        setHits([...first, ...found.filter((h) => !seen.has(`${h.type}:${h.id}`))]);
      });
    }, DELAY_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [query, typeNames]);
  return hits;
}
