/** Push events from the main process to the renderer, each with the zod schema of its payload. */
import { z } from 'zod';

export const events = {
  /** An entity was created, changed or deleted. */
  'entities.changed': z.object({
    type: z.string(),
    id: z.string(),
    action: z.enum(['create', 'update', 'delete', 'restore']),
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
