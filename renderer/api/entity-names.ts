/**
 * Names for references: a reference stores only an `$id`, so chips ask which of the allowed
 * types holds it and remember the answer for the session. Concurrent requests for one id
 * share a single lookup.
 */
import type { Entity } from '../../shared/entity';
import { displayName } from '../lib/display-name';
import { api } from './client';

/** A referenced entity as a chip shows it; `missing` when no allowed type has the id. */
export interface EntityRef {
  id: string;
  type: string | undefined;
  name: string;
  missing: boolean;
}

const known = new Map<string, Promise<EntityRef>>();

/** Resolves an id against candidate types (tried together; the first that has it wins). */
export function resolveRef(id: string, candidates: readonly string[]): Promise<EntityRef> {
  const key = `${candidates.join(',')}|${id}`;
  let found = known.get(key);
  if (!found) {
    found = Promise.all(candidates.map((type) => api().invoke('entities.get', { type, id }).catch(() => null))).then((hits) => {
      const hit = hits.find((h): h is Entity => h !== null);
      return hit ? { id, type: hit.$type, name: displayName(hit, id), missing: false } : { id, type: undefined, name: id, missing: true };
    });
    known.set(key, found);
  }
  return found;
}

/** Tells the cache an entity changed (its name may have), so the next chip asks again. */
export function forgetRef(id: string): void {
  for (const key of known.keys()) if (key.endsWith(`|${id}`)) known.delete(key);
}

/** Seeds the cache with an entity the renderer already holds. */
export function rememberRef(entity: Entity, candidates: readonly string[]): void {
  known.set(`${candidates.join(',')}|${entity.$id}`, Promise.resolve({ id: entity.$id, type: entity.$type, name: displayName(entity, entity.$id), missing: false }));
}
