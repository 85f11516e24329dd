/** The screens that open from a table and load as their own chunks: the entity editor and the trash. */
import { lazyComponent } from './lazy-component';

export const EntityEditor = lazyComponent(() => import('../features/editor/EntityEditor').then((m) => m.EntityEditor));
export const TrashView = lazyComponent(() => import('../features/browse/TrashView').then((m) => m.TrashView));

/**
 * Loads the editor's code while the browser is idle, and whatever else `also` fetches (the
 * descriptors an entity will need), so opening an entity waits for little; returns a cancel.
 */
export function preloadEditorWhenIdle(also?: () => Promise<unknown>): () => void {
  const handle = requestIdleCallback(
    () => {
      void EntityEditor.preload().catch(() => undefined);
      void also?.().catch(() => undefined);
    },
    { timeout: 3000 },
  );
  return () => cancelIdleCallback(handle);
}
