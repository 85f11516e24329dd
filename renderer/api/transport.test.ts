import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../shared/errors';
import { bridgeTransport, httpTransport, onRequestTenant, setRequestTenant, type StudioBridge } from './transport';

afterEach(() => {
  setRequestTenant(undefined);
  vi.unstubAllGlobals();
});

/** The fetch the HTTP transport makes, answering `{ ok: true, value: null }`. */
function recordFetch(): Array<{ url: string; headers: Record<string, string> }> {
  const calls: Array<{ url: string; headers: Record<string, string> }> = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, headers: init.headers as Record<string, string> });
    return new Response(JSON.stringify({ ok: true, value: null }), { status: 200 });
  });
  return calls;
}

describe('the tenant every call carries', () => {
  it('goes as the X-Studio-Tenant header in server mode, percent-encoded, and not at all for "All tenants"', async () => {
    const calls = recordFetch();
    const http = httpTransport();
    await http.invoke('entities.list', { type: 'Person' });
    setRequestTenant('Bjørn & Sønner');
    await http.invoke('entities.list', { type: 'Person' });
    setRequestTenant(undefined);
    await http.invoke('entities.list', { type: 'Person' });
    expect(calls.map((c) => c.headers['X-Studio-Tenant'])).toEqual([undefined, encodeURIComponent('Bjørn & Sønner'), undefined]);
  });

  it('goes as the call options of the desktop bridge', async () => {
    const seen: unknown[] = [];
    const bridge: StudioBridge = {
      invoke: async (_channel, _input, options) => {
        seen.push(options);
        return { ok: true, value: null } as Result<unknown>;
      },
      on: () => () => undefined,
    };
    const transport = bridgeTransport(bridge);
    await transport.invoke('entities.types', {});
    setRequestTenant('tenant-acme');
    await transport.invoke('entities.types', {});
    expect(seen).toEqual([{}, { tenant: 'tenant-acme' }]);
  });

  it('tells listeners when it changes, once per change', () => {
    const heard: Array<string | undefined> = [];
    const off = onRequestTenant((t) => heard.push(t));
    setRequestTenant('a');
    setRequestTenant('a');
    setRequestTenant('');
    off();
    setRequestTenant('b');
    expect(heard).toEqual(['a', undefined]);
  });
});
