/**
 * Views and panels load their code on first use: the first screen (sidebar and table) must
 * not wait for the query builder's charts or the settings forms to be parsed.
 */
import { lazy, Suspense, useState, type ComponentType } from 'react';

/** A component loaded on first use; `preload()` fetches its code ahead, so it then opens without a placeholder. */
export type LazyComponent<P extends object> = ComponentType<P> & { preload: () => Promise<unknown> };

/** A component whose module is fetched when it first renders (or when preloaded); a quiet placeholder shows meanwhile. */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = (): Promise<ComponentType<P>> =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  const Loaded = lazy(async () => ({ default: await preload() }));
  function LazyComponent(props: P) {
    // Decided once per instance: switching from the placeholder path to the direct one would remount it.
    const [Ready] = useState(() => loaded);
    if (Ready) return <Ready {...props} />;
    return (
      <Suspense fallback={<p className="muted lazy-loading" role="status">Loading…</p>}>
        <Loaded {...props} />
      </Suspense>
    );
  }
  return Object.assign(LazyComponent, { preload });
}
