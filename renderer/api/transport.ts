/**
 * How the renderer reaches the main process: Electron's preload bridge (`window.studio`)
 * in the desktop app, HTTP and server-sent events in server mode. Both speak the same
 * envelope, so nothing above this file knows which one runs. Every call carries the tenant
 * chosen in the switcher (`setRequestTenant`): the `X-Studio-Tenant` header over HTTP, the
 * call options over the bridge.
 */
import type { ErrorData, Result } from '../../shared/errors';
import { TENANT_HEADER, type CallOptions } from '../../shared/tenant';

/** The bridge the desktop preload exposes. */
export interface StudioBridge {
  invoke(channel: string, input: unknown, options?: CallOptions): Promise<Result<unknown>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    studio?: StudioBridge;
  }
}

/** Sends a channel call and subscribes to push events. */
export interface Transport {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

let tenant: string | undefined;
const tenantListeners = new Set<(tenant: string | undefined) => void>();

/** Sets the tenant every following call acts for (undefined: none, "All tenants"), and tells who listens. */
export function setRequestTenant(next: string | undefined): void {
  const value = next || undefined;
  if (value === tenant) return;
  tenant = value;
  for (const listener of tenantListeners) listener(tenant);
}

/** The tenant calls currently act for. */
export function requestTenant(): string | undefined {
  return tenant;
}

/** Hears each change of the request tenant (answers loaded before it belong to the previous one); returns an unsubscribe. */
export function onRequestTenant(listener: (tenant: string | undefined) => void): () => void {
  tenantListeners.add(listener);
  return () => {
    tenantListeners.delete(listener);
  };
}

/** The transport for this window: the preload bridge when present, HTTP otherwise. */
export function detectTransport(): Transport {
  return window.studio ? bridgeTransport(window.studio) : httpTransport();
}

/** Desktop: the preload bridge, with the tenant in the call options. */
export function bridgeTransport(bridge: StudioBridge): Transport {
  return {
    invoke: (channel, input) => bridge.invoke(channel, input, tenant !== undefined ? { tenant } : {}),
    on: (event, listener) => bridge.on(event, listener),
  };
}

/** Server mode: `POST /api/<channel>` with the token cookie; events over one EventSource. */
export function httpTransport(base = '/api/'): Transport {
  let source: EventSource | undefined;
  return {
    async invoke(channel, input) {
      let response: Response;
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      // Percent-encoded: a header carries Latin-1 only, a tenant id may be any text.
      if (tenant !== undefined) headers[TENANT_HEADER] = encodeURIComponent(tenant);
      try {
        response = await fetch(base + encodeURIComponent(channel), {
          method: 'POST',
          headers,
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
