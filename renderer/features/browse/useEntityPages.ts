/**
 * Server-side paging for the table: loads pages by cursor as the user scrolls, starts over
 * when the sort or filter changes, and reloads when an entity of this type changes.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Input } from '../../../shared/contract';
import type { Entity } from '../../../shared/entity';
import type { StudioError } from '../../../shared/errors';
import { FIRST_PAGE_SIZE } from '../../../shared/first-screen';
import { api } from '../../api/client';
import { useReadyAnswer } from '../../api/useReadyAnswer';

const PAGE_SIZE = 200;

/** The sort the table asks the server for. */
export type Sort = { field: string; direction: 'asc' | 'desc' } | undefined;

/** What a table asks for. */
export interface PageQuery {
  type: string;
  sort: Sort;
  where: Record<string, unknown> | undefined;
  deleted?: 'exclude' | 'only';
}

/** The rows loaded so far and how to get more. */
export interface EntityPages {
  rows: Entity[];
  loading: boolean;
  error: StudioError | undefined;
  hasMore: boolean;
  loadMore: () => void;
  reload: () => void;
  /** Replaces one row in place (after an inline edit) without refetching. */
  patchRow: (entity: Entity) => void;
}

/** What the table sends for a page; the start-up prefetch sends the same for the first page. */
export function pageInput(query: PageQuery, cursor: string | null): Input<'entities.list'> {
  return {
    type: query.type,
    limit: cursor === null ? FIRST_PAGE_SIZE : PAGE_SIZE,
    cursor,
    where: query.where,
    orderBy: query.sort ? { [query.sort.field]: query.sort.direction } : undefined,
    deleted: query.deleted ?? 'exclude',
  };
}

export function useEntityPages(query: PageQuery): EntityPages {
  // The first page may have arrived already (asked for at start-up): then the first render shows it.
  const { ready, skipFirstLoad } = useReadyAnswer('entities.list', pageInput(query, null));
  const [rows, setRows] = useState<Entity[]>(() => ready?.items ?? []);
  const [error, setError] = useState<StudioError>();
  const [loading, setLoading] = useState(false);
  const [next, setNext] = useState<string | null>(() => ready?.next ?? null);
  const [generation, setGeneration] = useState(0);
  // Each fresh load starts an epoch; answers from an older epoch (a previous sort or filter) are dropped.
  const epoch = useRef(0);
  const inFlight = useRef(false);
  const key = JSON.stringify([query.type, query.sort, query.where, query.deleted]);
  const queryRef = useRef(query);
  queryRef.current = query;

  const fetchPage = useCallback((cursor: string | null, replace: boolean) => {
    const gen = replace ? ++epoch.current : epoch.current;
    inFlight.current = true;
    setLoading(true);
    api()
      .invoke('entities.list', pageInput(queryRef.current, cursor))
      .then(
        (page) => {
          if (gen !== epoch.current) return;
          setRows((old) => (replace ? page.items : [...old, ...page.items]));
          setNext(page.next);
          setError(undefined);
        },
        (err: StudioError) => {
          if (gen !== epoch.current) return;
          setError(err);
          if (replace) setRows([]);
        },
      )
      .finally(() => {
        if (gen !== epoch.current) return;
        inFlight.current = false;
        setLoading(false);
      });
  }, []);

  useEffect(() => {
    if (!skipFirstLoad()) fetchPage(null, true);
  }, [fetchPage, generation, key]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  useEffect(() => api().on('entities.changed', (change) => change.type === query.type && reload()), [query.type, reload]);

  const loadMore = useCallback(() => {
    if (!inFlight.current && next) fetchPage(next, false);
  }, [fetchPage, next]);

  const patchRow = useCallback((entity: Entity) => setRows((old) => old.map((r) => (r.$id === entity.$id ? entity : r))), []);

  return { rows, loading, error, hasMore: Boolean(next), loadMore, reload, patchRow };
}
