/**
 * Server-mode access checks: a random token (Jupyter-style) and Host/Origin checks against
 * DNS rebinding, since listening on 127.0.0.1 alone does not stop a hostile web page.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** The cookie that keeps the token after the first visit with `?token=`. */
export const TOKEN_COOKIE = 'studio_token';

/** A fresh random token. */
export function generateToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Compares two tokens in constant time (hashing first so lengths leak nothing either). */
export function tokensEqual(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** The token a request carries: the Authorization header first, then the cookie. */
export function requestToken(req: IncomingMessage): string | undefined {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice('Bearer '.length).trim();
  return readCookie(req.headers.cookie, TOKEN_COOKIE);
}

/** One cookie's value from a Cookie header. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** The host names a request may address this server by: loopback names plus the bound host. */
export function allowedHosts(boundHost: string, port: number): Set<string> {
  const names = new Set(['127.0.0.1', 'localhost', '[::1]']);
  if (boundHost !== '0.0.0.0' && boundHost !== '::') names.add(boundHost.includes(':') ? `[${boundHost}]` : boundHost);
  return new Set([...names].map((n) => `${n}:${port}`.toLowerCase()));
}

/** True when the Host header (required) and the Origin header (when present) are our own. */
export function hostAndOriginAllowed(req: IncomingMessage, allowed: Set<string>): boolean {
  const host = req.headers.host?.toLowerCase();
  if (!host || !allowed.has(host)) return false;
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' && allowed.has(url.host.toLowerCase());
  } catch {
    return false;
  }
}

/** True for addresses that only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  return host === '127.0.0.1' || host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
