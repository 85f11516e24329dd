/** The property behind each column path, loading the descriptors of the embedded types the paths walk through. */
import { useEffect, useMemo, useState } from 'react';
import type { PropertyDescriptor } from '../../../shared/vocab/descriptor';
import { useVocab } from '../../api/useVocab';
import { propertyAtPath, typesOnPath } from './column-paths';

/** Column path → property descriptor (undefined for bookkeeping columns and unknown paths). */
export function useColumnProperties(type: string, columns: string[]): Record<string, PropertyDescriptor | undefined> {
  const { cache } = useVocab();
  const [tick, setTick] = useState(0);
  const key = columns.join(',');
  useEffect(() => {
    // Everything at hand already (the usual case after start-up): no reload, no second render of every row.
    const missing = (): boolean => !cache.descriptor(type) || key.split(',').some((path) => typesOnPath(cache, type, path).some((t) => !cache.descriptor(t)));
    if (!missing()) return;
    let live = true;
    void cache
      .load(type)
      .then(async () => {
        // Walk one level per round: a step's descriptor tells which type the next step is in.
        for (let depth = 0; depth < 4; depth++) {
          const needed = new Set(key.split(',').flatMap((path) => typesOnPath(cache, type, path)).filter((t) => !cache.descriptor(t)));
          if (needed.size === 0) break;
          await Promise.all([...needed].map((t) => cache.load(t).catch(() => undefined)));
        }
      })
      .catch(() => undefined)
      .finally(() => live && setTick((t) => t + 1));
    return () => {
      live = false;
    };
  }, [cache, type, key]);
  return useMemo(() => {
    const out: Record<string, PropertyDescriptor | undefined> = {};
    for (const path of key.split(',')) out[path] = path.startsWith('$') ? undefined : propertyAtPath(cache, type, path);
    return out;
    // `tick` marks descriptors arriving in the cache.
  }, [cache, type, key, tick]);
}
