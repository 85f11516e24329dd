/** Push events from the main process to the renderer, each with the zod schema of its payload. */
import { z } from 'zod';

/** Most ids one `entities.changed` event lists. */
export const MAX_EVENT_IDS = 200;

export const events = {
  /**
   * Entities of one type were created, changed or deleted by one commit: a single event per type
   * and commit, so an import of a thousand rows refreshes a table once, not a thousand times.
   * `ids` names them all up to `MAX_EVENT_IDS`; beyond that it is empty and `count` says how many.
   */
  'entities.changed': z.object({
    type: z.string(),
    ids: z.array(z.string()),
    count: z.number().int().positive(),
    actions: z.array(z.enum(['create', 'update', 'delete', 'restore'])),
  }),
  /** A custom type was stored in a new version or deleted (cached descriptors of it are stale). */
  'types.changed': z.object({
    name: z.string(),
    version: z.number(),
    action: z.enum(['define', 'update', 'delete']),
  }),
  /** Progress of a long task such as an import. */
  'task.progress': z.object({
    task: z.string(),
    done: z.number(),
    total: z.number().nullable(),
    message: z.string().optional(),
  }),
} as const;

/** An event name. */
export type EventName = keyof typeof events;
/** The payload of an event. */
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;

/** True when `name` is a known event. */
export function isEventName(name: string): name is EventName {
  return Object.prototype.hasOwnProperty.call(events, name);
}
