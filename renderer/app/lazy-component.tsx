/**
 * Views and panels load their code on first use: the first screen (sidebar and table) must
 * not wait for the query builder's charts or the settings forms to be parsed.
 */
import { lazy, Suspense, type ComponentType } from 'react';

/** A component whose module is fetched when it first renders; a quiet placeholder shows meanwhile. */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Loaded = lazy(async () => ({ default: await load() }));
  function LazyComponent(props: P) {
    return (
      <Suspense fallback={<p className="muted lazy-loading" role="status">Loading…</p>}>
        <Loaded {...props} />
      </Suspense>
    );
  }
  return LazyComponent;
}
