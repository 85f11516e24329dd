import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/errors';
import { StudioError } from '../../shared/errors';
import { createClient } from './client';
import { setRequestTenant, type Transport } from './transport';

afterEach(() => setRequestTenant(undefined));

/** A transport that answers each call with a fresh number and records what was asked. */
function countingTransport(answer: (channel: string) => Result<unknown> = () => ({ ok: true, value: null })) {
  const calls: string[] = [];
  const listeners = new Map<string, (payload: unknown) => void>();
  const transport: Transport = {
    async invoke(channel, input) {
      calls.push(`${channel} ${JSON.stringify(input)}`);
      const result = answer(channel);
      return result.ok ? { ok: true, value: calls.length } : result;
    },
    on(event, listener) {
      listeners.set(event, listener);
      return () => listeners.delete(event);
    },
  };
  return { transport, calls, emit: (event: string) => listeners.get(event)?.({}) };
}

describe('answers asked for ahead of time', () => {
  it('serve the next identical call once, without asking again; a different input asks anew', async () => {
    const { transport, calls } = countingTransport();
    const client = createClient(transport);
    void client.prefetch('entities.list', { type: 'Person', limit: 200 });
    expect(await client.invoke('entities.list', { type: 'Person', limit: 200 })).toBe(1);
    expect(await client.invoke('entities.list', { type: 'Person', limit: 200 })).toBe(2);
    expect(await client.invoke('entities.list', { type: 'Person', limit: 50 })).toBe(3);
    expect(calls).toHaveLength(3);
  });

  it('are dropped when another tenant is chosen or a change is announced', async () => {
    const { transport, calls, emit } = countingTransport();
    const client = createClient(transport);
    void client.prefetch('entities.types', {});
    setRequestTenant('acme');
    expect(await client.invoke('entities.types', {})).toBe(2);
    void client.prefetch('entities.types', {});
    emit('entities.changed');
    expect(await client.invoke('entities.types', {})).toBe(4);
    expect(calls).toHaveLength(4);
  });

  it('can be taken in the same tick once they have arrived, and only once', async () => {
    const { transport, calls } = countingTransport();
    const client = createClient(transport);
    const answer = client.prefetch('entities.types', {});
    expect(client.takeReady('entities.types', {})).toBeUndefined();
    await answer;
    expect(client.takeReady('entities.types', {})).toBe(1);
    expect(client.takeReady('entities.types', {})).toBeUndefined();
    expect(await client.invoke('entities.types', {})).toBe(2);
    expect(calls).toHaveLength(2);
  });

  it('reject the call that takes them with the typed error, and never go unhandled', async () => {
    const { transport } = countingTransport(() => ({ ok: false, error: { code: 'NOT_FOUND', message: 'No type Nope' } }));
    const client = createClient(transport);
    void client.prefetch('vocab.type', { name: 'Nope' });
    const error = await client.invoke('vocab.type', { name: 'Nope' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StudioError);
    expect((error as StudioError).code).toBe('NOT_FOUND');
  });
});
