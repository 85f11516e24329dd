/**
 * The types an entity range accepts that the store actually holds: the range types and their
 * subtypes, intersected with the types present. Pickers search them; chips resolve ids in them.
 */
import { useEffect, useState } from 'react';
import { useShell } from '../app/useShell';
import { useVocab } from './useVocab';

/** Candidate types for `rangeTypes` (undefined while the subtypes load). */
export function useCandidateTypes(rangeTypes: readonly string[]): string[] | undefined {
  const { cache } = useVocab();
  const { types } = useShell();
  const present = types.map((t) => t.type).join(',');
  const ranges = rangeTypes.join(',');
  const [candidates, setCandidates] = useState<string[]>();
  useEffect(() => {
    let live = true;
    const wanted = ranges.split(',').filter(Boolean);
    void Promise.all(wanted.map((t) => cache.subtypes(t))).then((lists) => {
      const accepted = new Set([...wanted, ...lists.flat()]);
      const inStore = present.split(',').filter((t) => accepted.has(t));
      // Before anything exists the range itself is the only candidate (creating one inline, say).
      if (live) setCandidates(inStore.length > 0 ? inStore : wanted);
    });
    return () => {
      live = false;
    };
  }, [cache, present, ranges]);
  return candidates;
}
