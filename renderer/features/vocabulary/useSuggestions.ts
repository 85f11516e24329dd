/**
 * Suggestions for a search box from a search channel, asked for once the query stops changing.
 * `searching` holds from a keystroke until the answer for it arrives, so the box says
 * "Searching…" rather than "Nothing found" while a result is on its way.
 */
import type { Channel, Input, Output } from '../../../shared/contract';
import { useChannel } from '../query/useChannel';
import { useDebounced } from '../query/useDebounced';

const SETTLE_MS = 120;

/** The answer for the settled query (undefined before the first), and whether a newer one is pending. */
export function useSuggestions<K extends Channel>(channel: K, query: string, input: (query: string) => Input<K>): { data: Output<K> | undefined; searching: boolean } {
  const q = query.trim();
  const found = useChannel(channel, q ? input(q) : null, SETTLE_MS);
  const settled = useDebounced(q, SETTLE_MS);
  return { data: q ? found.data : undefined, searching: found.loading || settled !== q };
}
