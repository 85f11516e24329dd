/**
 * How the renderer reaches the main process: Electron's preload bridge (`window.studio`)
 * in the desktop app, HTTP and server-sent events in server mode. Both speak the same
 * envelope, so nothing above this file knows which one runs.
 */
import type { ErrorData, Result } from '../../shared/errors';

/** The bridge the desktop preload exposes. */
export interface StudioBridge {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    studio?: StudioBridge;
  }
}

/** Sends a channel call and subscribes to push events. */
export type Transport = StudioBridge;

/** The transport for this window: the preload bridge when present, HTTP otherwise. */
export function detectTransport(): Transport {
  return window.studio ?? httpTransport();
}

/** Server mode: `POST /api/<channel>` with the token cookie; events over one EventSource. */
export function httpTransport(base = '/api/'): Transport {
  let source: EventSource | undefined;
  return {
    async invoke(channel, input) {
      let response: Response;
      try {
        response = await fetch(base + encodeURIComponent(channel), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          credentials: 'same-origin',
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return failure('INTERNAL', 'The studio server cannot be reached. Is it still running?');
      }
      try {
        return (await response.json()) as Result<unknown>;
      } catch {
        return failure('INTERNAL', `The server answered ${response.status} without a result`);
      }
    },
    on(event, listener) {
      source ??= new EventSource(base + 'events');
      const handler = (message: MessageEvent<string>): void => listener(JSON.parse(message.data));
      source.addEventListener(event, handler);
      return () => source?.removeEventListener(event, handler);
    },
  };
}

function failure(code: ErrorData['code'], message: string): Result<never> {
  return { ok: false, error: { code, message } };
}
