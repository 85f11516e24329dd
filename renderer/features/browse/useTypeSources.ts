/** Which vocabulary each type comes from (schema.org or custom), read from the descriptors as they load. */
import { useEffect, useState } from 'react';
import { useVocab } from '../../api/useVocab';

/** Type name → `schema.org` | `custom`; types still loading (or unknown to the vocabulary) are absent. */
export function useTypeSources(types: readonly string[]): Map<string, string> {
  const { cache } = useVocab();
  const key = types.join(',');
  const [sources, setSources] = useState(() => new Map<string, string>());
  useEffect(() => {
    let live = true;
    const names = key.split(',').filter(Boolean);
    void Promise.all(names.map((t) => cache.load(t).then((d) => [t, d.source] as const, () => undefined))).then((pairs) => {
      if (live) setSources(new Map(pairs.filter((p): p is readonly [string, 'schema.org' | 'custom'] => p !== undefined)));
    });
    return () => {
      live = false;
    };
  }, [cache, key]);
  return sources;
}
