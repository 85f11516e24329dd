/**
 * The first screen's requests, started before React mounts: the type list, and the first page
 * and descriptor of the type the studio opens with. The screens' own requests take these
 * answers (see `prefetch` in the client), so the rows do not wait for each render.
 */
import type { Output } from '../../shared/contract';
import { api, type StudioClient } from '../api/client';
import { pageInput } from '../features/browse/useEntityPages';

/** The type a studio opens with when there are people, the usual case. */
const USUAL_START = 'Person';

/** The type a studio opens with: Person where there are people, else the first type listed. */
export function startType(types: Output<'entities.types'>): string | undefined {
  return types.find((t) => t.type === USUAL_START)?.type ?? types[0]?.type;
}

/** Starts the first screen's requests. */
export function prefetchFirstScreen(): void {
  const client = api();
  // Asked for alongside the type list rather than after it: one round trip, not two, in the usual case.
  prefetchTable(client, USUAL_START);
  client.prefetch('entities.types', {}).then((types) => {
    const type = startType(types);
    // A type kept per tenant opens on "choose a tenant", without rows.
    if (type && type !== USUAL_START && !types.find((t) => t.type === type)?.tenantScoped) prefetchTable(client, type);
  }, () => undefined);
}

function prefetchTable(client: StudioClient, type: string): void {
  void client.prefetch('vocab.type', { name: type }).catch(() => undefined);
  void client.prefetch('entities.list', pageInput({ type, sort: undefined, where: undefined }, null)).catch(() => undefined);
}
