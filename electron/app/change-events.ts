/**
 * Turns the store's per-entity change notifications into `entities.changed` events, one per
 * type and commit. The store announces a commit's changes synchronously one after another,
 * so everything announced before the next microtask belongs to the same commit (or to commits
 * finished in the same tick, which the renderer may as well hear about together).
 */
import { MAX_EVENT_IDS, type EventPayload } from '../../shared/events';
import type { Change } from '../store/types';

type ChangedEvent = EventPayload<'entities.changed'>;

/** A change listener for the store that calls `emit` once per type after each commit. */
export function changeEvents(emit: (event: ChangedEvent) => void): (change: Change) => void {
  let pending: Map<string, { ids: Set<string>; count: number; actions: Set<Change['action']> }> | null = null;
  const flush = (): void => {
    const batch = pending;
    pending = null;
    for (const [type, group] of batch ?? []) {
      emit({ type, ids: group.ids.size <= MAX_EVENT_IDS ? [...group.ids] : [], count: group.count, actions: [...group.actions] });
    }
  };
  return (change) => {
    if (!pending) {
      pending = new Map();
      queueMicrotask(flush);
    }
    let group = pending.get(change.type);
    if (!group) pending.set(change.type, (group = { ids: new Set(), count: 0, actions: new Set() }));
    group.count += 1;
    // One past the limit is enough to know the list is cut.
    if (group.ids.size <= MAX_EVENT_IDS) group.ids.add(change.id);
    group.actions.add(change.action);
  };
}
