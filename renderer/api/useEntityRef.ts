/** The name and type behind a reference `$id`, for chips in the table and the editor. */
import { useEffect, useMemo, useState } from 'react';
import { resolveRef, type EntityRef } from './entity-names';
import { useCandidateTypes } from './useCandidateTypes';

/** Resolves `id` among the present types that a range of `rangeTypes` accepts; undefined while loading. */
export function useEntityRef(id: string | undefined, rangeTypes: readonly string[]): EntityRef | undefined {
  const candidates = useCandidateTypes(rangeTypes);
  const key = candidates?.join(',');
  const [ref, setRef] = useState<EntityRef>();
  useEffect(() => {
    if (!id || !candidates) return;
    let live = true;
    void resolveRef(id, candidates).then((r) => live && setRef(r));
    return () => {
      live = false;
    };
    // `key` stands for `candidates`, whose identity changes on every render.
  }, [id, key]);
  return useMemo(() => (ref?.id === id ? ref : undefined), [ref, id]);
}
