/** How many entities match the table's filter, asked of the server apart from the rows so a slow count never delays them. */
import { useEffect, useState } from 'react';
import { api } from '../../api/client';

/** The count for a filter (undefined without a filter or while counting). */
export function useFilteredCount(type: string, where: Record<string, unknown> | undefined): number | undefined {
  const [count, setCount] = useState<number>();
  const key = JSON.stringify(where ?? null);
  useEffect(() => {
    setCount(undefined);
    if (key === 'null') return;
    let live = true;
    api()
      .invoke('entities.count', { type, where: JSON.parse(key) as Record<string, unknown> })
      .then((n) => live && setCount(n), () => undefined);
    return () => {
      live = false;
    };
  }, [type, key]);
  return count;
}
