/**
 * The renderer's typed client, derived from the contract: `api.invoke('entities.list', input)`
 * resolves with the channel's output or throws a `StudioError` rebuilt from the envelope.
 * Components use hooks over this client and never touch `window.studio`.
 */
import type { Channel, Input, Output } from '../../shared/contract';
import type { EventName, EventPayload } from '../../shared/events';
import { StudioError } from '../../shared/errors';
import { detectTransport, onRequestTenant, type Transport } from './transport';

/** How long an answer asked for ahead of time waits for the screen that needs it. */
export const EARLY_ANSWER_MS = 5_000;

/** A typed client over one transport. */
export interface StudioClient {
  invoke<K extends Channel>(channel: K, input: Input<K>): Promise<Output<K>>;
  /**
   * Asks now for an answer a screen is about to need: the next `invoke` with the same channel
   * and input (within EARLY_ANSWER_MS, same tenant, no change announced meanwhile) takes it
   * instead of asking again. Lets the first screen's requests start before React has mounted it.
   */
  prefetch<K extends Channel>(channel: K, input: Input<K>): Promise<Output<K>>;
  /** Takes an answer asked for ahead that has already arrived (else undefined): a screen can start with it in its first render. */
  takeReady<K extends Channel>(channel: K, input: Input<K>): Output<K> | undefined;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

/** Builds a client over a transport. */
export function createClient(transport: Transport): StudioClient {
  const early = new Map<string, Promise<unknown>>();
  const arrived = new Map<Promise<unknown>, unknown>();
  const ask = async <K extends Channel>(channel: K, input: Input<K>): Promise<Output<K>> => {
    const result = await transport.invoke(channel, input);
    if (result.ok) return result.value as Output<K>;
    throw StudioError.fromData(result.error);
  };
  const forget = (): void => early.clear();
  let watching = false;
  return {
    invoke(channel, input) {
      const key = channel + JSON.stringify(input);
      const ready = early.get(key) as Promise<Output<typeof channel>> | undefined;
      if (!ready) return ask(channel, input);
      early.delete(key);
      return ready;
    },
    prefetch(channel, input) {
      if (!watching) {
        // An answer from before a write or for another tenant is not the one the screen would get now.
        watching = true;
        onRequestTenant(forget);
        transport.on('entities.changed', forget);
      }
      const key = channel + JSON.stringify(input);
      const answer = ask(channel, input);
      answer.then((value) => arrived.set(answer, value), () => undefined);
      early.set(key, answer);
      setTimeout(() => {
        if (early.get(key) === answer) early.delete(key);
        arrived.delete(answer);
      }, EARLY_ANSWER_MS);
      return answer;
    },
    takeReady(channel, input) {
      const key = channel + JSON.stringify(input);
      const ready = early.get(key);
      if (!ready || !arrived.has(ready)) return undefined;
      early.delete(key);
      return arrived.get(ready) as Output<typeof channel>;
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
