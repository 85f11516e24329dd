/**
 * "Used by": the entities that refer to a given one. The full-text index holds every text
 * value, reference ids included, so it narrows the candidates; each candidate is then
 * walked to find the exact property paths whose value is the reference.
 */
import type { Entity } from '../../shared/entity';
import { entityLabel, referenceTarget } from '../../shared/entity';
import type { Store, Context } from '../store';

/** Candidates read from the index before checking them one by one. */
const CANDIDATES = 1000;

/** One referring entity and the path of the reference. */
export interface Referrer {
  type: string;
  id: string;
  name: string;
  path: string;
}

/** The entities that refer to `id`, at most `limit` of them. */
export async function findReferrers(store: Store, id: string, context: Context, limit = 100): Promise<Referrer[]> {
  let candidates: Entity[];
  try {
    candidates = await store.search(id, { limit: CANDIDATES, context });
  } catch {
    return []; // an id without letters or digits cannot be looked up in the index, and cannot be referred to by text
  }
  const referrers: Referrer[] = [];
  for (const entity of candidates) {
    if (entity.$id === id) continue;
    for (const path of referencePaths(entity, id)) {
      referrers.push({ type: entity.$type, id: entity.$id, name: entityLabel(entity), path });
      if (referrers.length >= limit) return referrers;
    }
  }
  return referrers;
}

/** The property paths (`customer`, `orderedItem.0.orderedItem`) whose value refers to `id`. */
export function referencePaths(value: unknown, id: string, prefix = ''): string[] {
  if (prefix !== '' && referenceTarget(value) === id) return [prefix];
  if (Array.isArray(value)) return value.flatMap((item, i) => referencePaths(item, id, prefix ? `${prefix}.${i}` : String(i)));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      key.startsWith('$') ? [] : referencePaths(item, id, prefix ? `${prefix}.${key}` : key),
    );
  }
  return [];
}
