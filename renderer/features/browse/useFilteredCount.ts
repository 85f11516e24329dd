/** How many entities match the table's filter, asked of the server apart from the rows so a slow count never delays them. */
import { useEffect, useState } from 'react';
import { api } from '../../api/client';

/** The count for a filter (undefined without a filter or while counting); counted again when entities of the type change. */
export function useFilteredCount(type: string, where: Record<string, unknown> | undefined): number | undefined {
  const [count, setCount] = useState<number>();
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify(where ?? null);
  useEffect(() => api().on('entities.changed', (change) => change.type === type && setGeneration((g) => g + 1)), [type]);
  // A new filter forgets the old count; a recount after a change keeps showing it until the answer comes.
  useEffect(() => setCount(undefined), [type, key]);
  useEffect(() => {
    if (key === 'null') return;
    let live = true;
    api()
      .invoke('entities.count', { type, where: JSON.parse(key) as Record<string, unknown> })
      .then((n) => live && setCount(n), () => undefined);
    return () => {
      live = false;
    };
  }, [type, key, generation]);
  return count;
}
