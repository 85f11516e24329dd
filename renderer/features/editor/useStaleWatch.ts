/** Whether the stored entity moved on while the form was open (a change event for it that this form did not cause). */
import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';

/** `stale` turns true on a foreign change; wrap own writes in `own` so they do not count. */
export function useStaleWatch(type: string, id: string | undefined): { stale: boolean; clear: () => void; own: <T>(write: () => Promise<T>) => Promise<T> } {
  const [stale, setStale] = useState(false);
  const writing = useRef(0);
  useEffect(() => {
    if (!id) return;
    return api().on('entities.changed', (change) => {
      // A commit of very many entities lists none: a save then meets the version check instead.
      if (change.type === type && change.ids.includes(id) && writing.current === 0) setStale(true);
    });
  }, [type, id]);
  return {
    stale,
    clear: () => setStale(false),
    own: async (write) => {
      writing.current += 1;
      try {
        return await write();
      } finally {
        // The change event of our own write arrives shortly after the answer.
        window.setTimeout(() => (writing.current -= 1), 500);
      }
    },
  };
}
