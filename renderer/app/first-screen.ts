/**
 * The first screen's requests, started before React mounts: the type list, and the first page
 * and descriptor of the type the studio opens with. The screens' own requests take these
 * answers (see `prefetch` in the client), so the rows do not wait for each render.
 */
import { USUAL_START_TYPE, startType } from '../../shared/first-screen';
import { api, type StudioClient } from '../api/client';
import type { DescriptorCache } from '../api/descriptor-cache';
import { pageInput } from '../features/browse/useEntityPages';

/**
 * Starts the first screen's requests; resolves when the type list and the start type's first
 * page have arrived, or after `deadlineMs`, whichever is first. Rendering then shows the studio
 * with its rows in one go instead of an empty frame that is laid out and painted twice.
 */
export function prefetchFirstScreen(deadlineMs: number): Promise<void> {
  const client = api();
  // Asked for alongside the type list rather than after it: one round trip, not two, in the usual case.
  const usual = prefetchTable(client, USUAL_START_TYPE);
  const ready = client.prefetch('entities.types', {}).then((types) => {
    const start = startType(types);
    if (start?.type === USUAL_START_TYPE) return usual;
    // A type kept per tenant opens on "choose a tenant", without rows.
    if (start && !start.tenantScoped) return prefetchTable(client, start.type);
    return undefined;
  });
  return Promise.race([ready.then(() => undefined, () => undefined), new Promise<void>((done) => setTimeout(done, deadlineMs))]);
}

/** The types whose descriptor was asked for at start-up. */
const prefetchedTypes = new Set<string>();

/** Puts the start-up descriptors that have arrived into the cache, so the first render has them. */
export function primeDescriptors(cache: DescriptorCache): void {
  for (const name of prefetchedTypes) {
    const descriptor = api().takeReady('vocab.type', { name });
    if (descriptor) cache.prime(descriptor);
  }
}

/** Asks for a table's descriptor and first page; settles when the page has. */
function prefetchTable(client: StudioClient, type: string): Promise<unknown> {
  prefetchedTypes.add(type);
  void client.prefetch('vocab.type', { name: type }).catch(() => undefined);
  return client.prefetch('entities.list', pageInput({ type, sort: undefined, where: undefined }, null)).catch(() => undefined);
}
