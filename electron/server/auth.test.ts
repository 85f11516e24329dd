import { describe, expect, it } from 'vitest';
import type { IncomingMessage } from 'node:http';
import { allowedHosts, generateToken, hostAndOriginAllowed, isLoopbackHost, readCookie, requestToken, tokensEqual } from './auth';

const req = (headers: Record<string, string>): IncomingMessage => ({ headers }) as unknown as IncomingMessage;

describe('server auth', () => {
  it('generates distinct long tokens and compares them exactly', () => {
    const a = generateToken();
    const b = generateToken();
    expect(a).not.toBe(b);
    expect(a.length).toBeGreaterThanOrEqual(32);
    expect(tokensEqual(a, a)).toBe(true);
    expect(tokensEqual(a, b)).toBe(false);
    expect(tokensEqual(a.slice(0, -1), a)).toBe(false);
    expect(tokensEqual('', a)).toBe(false);
  });

  it('reads the token from the Authorization header, then from the cookie', () => {
    expect(requestToken(req({ authorization: 'Bearer abc' }))).toBe('abc');
    expect(requestToken(req({ cookie: 'x=1; studio_token=def; y=2' }))).toBe('def');
    expect(requestToken(req({ cookie: 'studio_token=%E0%A4%A' }))).toBeUndefined();
    expect(readCookie(undefined, 'a')).toBeUndefined();
  });

  it('accepts only our own Host and Origin (DNS rebinding)', () => {
    const allowed = allowedHosts('127.0.0.1', 4820);
    expect(hostAndOriginAllowed(req({ host: '127.0.0.1:4820' }), allowed)).toBe(true);
    expect(hostAndOriginAllowed(req({ host: 'localhost:4820', origin: 'http://localhost:4820' }), allowed)).toBe(true);
    expect(hostAndOriginAllowed(req({ host: 'evil.example:4820' }), allowed)).toBe(false);
    expect(hostAndOriginAllowed(req({ host: '127.0.0.1:4821' }), allowed)).toBe(false);
    expect(hostAndOriginAllowed(req({}), allowed)).toBe(false);
    expect(hostAndOriginAllowed(req({ host: '127.0.0.1:4820', origin: 'http://evil.example' }), allowed)).toBe(false);
    expect(hostAndOriginAllowed(req({ host: '127.0.0.1:4820', origin: 'null' }), allowed)).toBe(false);
  });

  it('knows loopback addresses', () => {
    expect(['127.0.0.1', '127.1.2.3', 'localhost', '::1'].every(isLoopbackHost)).toBe(true);
    expect(['0.0.0.0', '192.168.1.2', '::'].some(isLoopbackHost)).toBe(false);
  });
});
