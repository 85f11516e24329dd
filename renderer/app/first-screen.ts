/**
 * The first screen's requests, started before React mounts: the type list, and the first page
 * and descriptor of the type the studio opens with. The screens' own requests take these
 * answers (see `prefetch` in the client), so the rows do not wait for each render.
 */
import type { Output } from '../../shared/contract';
import { api, type StudioClient } from '../api/client';
import type { DescriptorCache } from '../api/descriptor-cache';
import { pageInput } from '../features/browse/useEntityPages';

/** The type a studio opens with when there are people, the usual case. */
const USUAL_START = 'Person';

/** The type a studio opens with: Person where there are people, else the first type listed. */
export function startType(types: Output<'entities.types'>): string | undefined {
  return types.find((t) => t.type === USUAL_START)?.type ?? types[0]?.type;
}

/**
 * Starts the first screen's requests; resolves when the type list and the start type's first
 * page have arrived, or after `deadlineMs`, whichever is first. Rendering then shows the studio
 * with its rows in one go instead of an empty frame that is laid out and painted twice.
 */
export function prefetchFirstScreen(deadlineMs: number): Promise<void> {
  const client = api();
  // Asked for alongside the type list rather than after it: one round trip, not two, in the usual case.
  const usual = prefetchTable(client, USUAL_START);
  const ready = client.prefetch('entities.types', {}).then((types) => {
    const type = startType(types);
    if (type === USUAL_START) return usual;
    // A type kept per tenant opens on "choose a tenant", without rows.
    if (type && !types.find((t) => t.type === type)?.tenantScoped) return prefetchTable(client, type);
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
