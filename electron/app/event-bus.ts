/** Push events from the engine to whichever transport is listening (IPC or server-sent events). */
import type { EventName, EventPayload } from '../../shared/events';

/** A listener for every event: the name and its payload. */
export type EventListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** A tiny typed publish/subscribe hub. */
export class EventBus {
  private readonly listeners = new Set<EventListener>();

  /** Subscribes to all events; returns the unsubscribe function. */
  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Delivers an event to every subscriber; a failing subscriber does not stop the others. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners) {
      try {
        listener(event, payload);
      } catch (error) {
        console.error(`[events] listener failed on ${event}:`, error);
      }
    }
  }
}
