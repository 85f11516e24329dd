/** The screens that open from a table and load as their own chunks: the entity editor and the trash. */
import { lazyComponent } from './lazy-component';

export const EntityEditor = lazyComponent(() => import('../features/editor/EntityEditor').then((m) => m.EntityEditor));
export const TrashView = lazyComponent(() => import('../features/browse/TrashView').then((m) => m.TrashView));

/** Loads the editor's code while the browser is idle, so opening an entity waits for nothing; returns a cancel. */
export function preloadEditorWhenIdle(): () => void {
  const handle = requestIdleCallback(() => void EntityEditor.preload().catch(() => undefined), { timeout: 3000 });
  return () => cancelIdleCallback(handle);
}
