/**
 * Server-side paging for the table: loads pages by cursor as the user scrolls, resets when
 * the sort changes, and reloads when an entity of this type changes.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Entity } from '../../../shared/entity';
import type { StudioError } from '../../../shared/errors';
import { api } from '../../api/client';

const PAGE_SIZE = 200;

/** The sort the table asks the server for. */
export type Sort = { field: string; direction: 'asc' | 'desc' } | undefined;

export interface EntityPages {
  rows: Entity[];
  loading: boolean;
  error: StudioError | undefined;
  hasMore: boolean;
  loadMore: () => void;
}

export function useEntityPages(type: string, sort: Sort): EntityPages {
  const [rows, setRows] = useState<Entity[]>([]);
  const [error, setError] = useState<StudioError>();
  const [loading, setLoading] = useState(false);
  const [next, setNext] = useState<string | null | undefined>(undefined);
  const [generation, setGeneration] = useState(0);
  const inFlight = useRef(false);

  const fetchPage = useCallback(
    (cursor: string | null | undefined, replace: boolean, gen: number) => {
      inFlight.current = true;
      setLoading(true);
      api()
        .invoke('entities.list', {
          type,
          limit: PAGE_SIZE,
          cursor: cursor ?? null,
          orderBy: sort ? { [sort.field]: sort.direction } : undefined,
        })
        .then(
          (page) => {
            if (gen !== generationRef.current) return;
            setRows((old) => (replace ? page.items : [...old, ...page.items]));
            setNext(page.next);
            setError(undefined);
          },
          (err: StudioError) => gen === generationRef.current && setError(err),
        )
        .finally(() => {
          inFlight.current = false;
          setLoading(false);
        });
    },
    [type, sort],
  );

  const generationRef = useRef(generation);
  generationRef.current = generation;

  useEffect(() => fetchPage(undefined, true, generation), [fetchPage, generation]);

  useEffect(
    () =>
      api().on('entities.changed', (change) => {
        if (change.type === type) setGeneration((g) => g + 1);
      }),
    [type],
  );

  const loadMore = useCallback(() => {
    if (!inFlight.current && next) fetchPage(next, false, generationRef.current);
  }, [fetchPage, next]);

  return { rows, loading, error, hasMore: Boolean(next), loadMore };
}
