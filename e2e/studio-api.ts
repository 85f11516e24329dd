/** Test data through server mode's HTTP API (what another client would do), so tests start from known entities. */
import type { ServerProcess } from './server-process';

/** Calls a channel with the server's token; throws with the error message on failure. */
export async function call<T = unknown>(server: ServerProcess, channel: string, input: unknown): Promise<T> {
  const response = await fetch(new URL(`/api/${channel}`, server.url), {
    method: 'POST',
    headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!result.ok) throw new Error(`${channel}: ${result.error?.message}`);
  return result.value as T;
}

/** Creates an entity and answers it. */
export function createEntity(server: ServerProcess, type: string, data: Record<string, unknown>): Promise<{ $id: string; $version: number } & Record<string, unknown>> {
  return call(server, 'entities.create', { type, data });
}
