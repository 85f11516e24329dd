import { describe, expect, it, vi } from 'vitest';
import { StudioError } from '../../shared/errors';
import { createDispatch } from './dispatch';
import type { Handlers } from './handlers';
import type { RequestContext } from './context';

const ctx: RequestContext = { actor: 'tester', transport: 'test' };

function handlersWith(overrides: Partial<Record<string, (input: unknown) => Promise<unknown>>>): Handlers {
  return new Proxy({}, { get: (_t, key: string) => overrides[key] ?? (() => Promise.reject(new Error(`unexpected ${key}`))) }) as Handlers;
}

describe('createDispatch', () => {
  it('answers NOT_FOUND for an unknown channel and runs nothing', async () => {
    const spy = vi.fn();
    const dispatch = createDispatch(handlersWith({ 'entities.types': spy }));
    for (const name of ['entities.drop', '__proto__', 'constructor', 'toString']) {
      const result = await dispatch(name, {}, ctx);
      expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    expect(spy).not.toHaveBeenCalled();
  });

  it('answers VALIDATION naming the failing field and never calls the handler', async () => {
    const create = vi.fn();
    const dispatch = createDispatch(handlersWith({ 'entities.create': create }));
    const result = await dispatch('entities.create', { type: 'Person', data: 42 }, ctx);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.issues?.map((i) => i.path)).toEqual([['data']]);
    expect(result.error.message).toContain('data');
    expect(create).not.toHaveBeenCalled();
  });

  it('rejects unknown keys, so a typo is not silently ignored', async () => {
    const dispatch = createDispatch(handlersWith({}));
    const result = await dispatch('entities.get', { type: 'Person', id: 'p1', includeSecrets: true }, ctx);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('passes parsed input (with defaults) and the context to the handler', async () => {
    const list = vi.fn(async () => ({ items: [], next: null }));
    const dispatch = createDispatch(handlersWith({ 'entities.list': list }));
    const result = await dispatch('entities.list', { type: 'Person' }, ctx);
    expect(result).toEqual({ ok: true, value: { items: [], next: null } });
    expect(list).toHaveBeenCalledWith({ type: 'Person', limit: 100, deleted: 'exclude' }, ctx);
  });

  it('forwards a typed error as data', async () => {
    const dispatch = createDispatch(handlersWith({ 'entities.get': async () => Promise.reject(new StudioError('CONFLICT', 'moved on')) }));
    expect(await dispatch('entities.get', { type: 'Person', id: 'x' }, ctx)).toEqual({ ok: false, error: { code: 'CONFLICT', message: 'moved on' } });
  });

  it('turns an unexpected failure into INTERNAL without leaking its message', async () => {
    const log = vi.fn();
    const dispatch = createDispatch(handlersWith({ 'entities.get': async () => Promise.reject(new Error('SQLITE_CORRUPT at /secret/path')) }), log);
    const result = await dispatch('entities.get', { type: 'Person', id: 'x' }, ctx);
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('/secret/path');
    expect(log).toHaveBeenCalledOnce();
  });
});
