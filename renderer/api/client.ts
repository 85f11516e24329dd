/**
 * The renderer's typed client, derived from the contract: `api.invoke('entities.list', input)`
 * resolves with the channel's output or throws a `StudioError` rebuilt from the envelope.
 * Components use hooks over this client and never touch `window.studio`.
 */
import type { Channel, Input, Output } from '../../shared/contract';
import type { EventName, EventPayload } from '../../shared/events';
import { StudioError } from '../../shared/errors';
import { detectTransport, type Transport } from './transport';

/** A typed client over one transport. */
export interface StudioClient {
  invoke<K extends Channel>(channel: K, input: Input<K>): Promise<Output<K>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

/** Builds a client over a transport. */
export function createClient(transport: Transport): StudioClient {
  return {
    async invoke(channel, input) {
      const result = await transport.invoke(channel, input);
      if (result.ok) return result.value as Output<typeof channel>;
      throw StudioError.fromData(result.error);
    },
    on(event, listener) {
      return transport.on(event, (payload) => listener(payload as EventPayload<typeof event>));
    },
  };
}

let shared: StudioClient | undefined;

/** The window's client, created on first use. */
export function api(): StudioClient {
  shared ??= createClient(detectTransport());
  return shared;
}
