import { describe, expect, it } from 'vitest';
import { StudioError } from '../../shared/errors';
import { tenantFromCallOptions, tenantFromHeader } from './request-tenant';

/** The error a call raises, or a failure when it raises none. */
function refusal(run: () => unknown): StudioError {
  try {
    run();
  } catch (error) {
    if (error instanceof StudioError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('the tenant header (server mode)', () => {
  it('reads a tenant id, percent-decoded, and no tenant when the header is absent or empty', () => {
    expect(tenantFromHeader(undefined)).toBeUndefined();
    expect(tenantFromHeader('')).toBeUndefined();
    expect(tenantFromHeader('tenant-acme')).toBe('tenant-acme');
    expect(tenantFromHeader(encodeURIComponent('Bjørn & Sønner AS'))).toBe('Bjørn & Sønner AS');
  });

  it.each([
    ['a control character', '%00evil', 'no control characters'],
    ['broken percent-encoding', 'acme%E0%A4%A', 'percent-encoding'],
    ['an id longer than 200 characters', 'x'.repeat(201), '200'],
    ['a header longer than 2048 characters', '%41'.repeat(700), '2048'],
  ])('refuses %s with VALIDATION naming the header', (_name, header, message) => {
    const error = refusal(() => tenantFromHeader(header));
    expect(error.code).toBe('VALIDATION');
    expect(error.issues?.[0]?.path).toEqual(['X-Studio-Tenant']);
    expect(error.message).toContain('X-Studio-Tenant');
    expect(error.message).toContain(message);
  });

  it('refuses the header sent twice', () => {
    expect(refusal(() => tenantFromHeader(['a', 'b'])).code).toBe('VALIDATION');
  });
});

describe('the tenant of a desktop call (preload options)', () => {
  it('reads { tenant }, and no tenant when no options or none is given', () => {
    expect(tenantFromCallOptions(undefined)).toBeUndefined();
    expect(tenantFromCallOptions(null)).toBeUndefined();
    expect(tenantFromCallOptions({})).toBeUndefined();
    expect(tenantFromCallOptions({ tenant: 'tenant-acme' })).toBe('tenant-acme');
  });

  it.each([
    ['a number', { tenant: 42 }, 'options.tenant'],
    ['an empty id', { tenant: '' }, 'options.tenant'],
    ['an unknown option', { tenant: 'a', admin: true }, 'options'],
    ['a string instead of options', 'tenant-acme', 'options'],
    ['a polluted object', JSON.parse('{"__proto__": {"tenant": "x"}, "tenant": 1}'), 'options'],
  ])('refuses %s with VALIDATION naming the option', (_name, options, path) => {
    const error = refusal(() => tenantFromCallOptions(options));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain(path);
  });
});
