/**
 * The first screen's requests, started before React mounts: the type list, then the first
 * page and the descriptor of the type the studio opens with. The screens' own requests take
 * these answers (see `prefetch` in the client), so the rows do not wait for each render.
 */
import type { Output } from '../../shared/contract';
import { api } from '../api/client';
import { pageInput } from '../features/browse/useEntityPages';

/** The type a studio opens with: Person where there are people, else the first type listed. */
export function startType(types: Output<'entities.types'>): string | undefined {
  return types.find((t) => t.type === 'Person')?.type ?? types[0]?.type;
}

/** Starts the first screen's requests. */
export function prefetchFirstScreen(): void {
  const client = api();
  client.prefetch('entities.types', {}).then((types) => {
    const type = startType(types);
    // A type kept per tenant opens on "choose a tenant", without rows.
    if (!type || types.find((t) => t.type === type)?.tenantScoped) return;
    client.prefetch('vocab.type', { name: type });
    client.prefetch('entities.list', pageInput({ type, sort: undefined, where: undefined }, null));
  }, () => undefined);
}
