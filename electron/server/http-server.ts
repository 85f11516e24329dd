/**
 * Server mode: the same handler table as the desktop app, over HTTP on loopback.
 * `POST /api/<channel>` answers the envelope (the `X-Studio-Tenant` header names the tenant
 * the call acts for); `GET /api/events` streams push events;
 * everything else serves the built renderer. Every request passes the Host/Origin check
 * (403) and then the token check (401) before anything else happens.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { StudioError, toErrorData, type Result } from '../../shared/errors';
import type { Dispatch } from '../api/dispatch';
import type { RequestContext } from '../api/context';
import type { EventBus } from '../app/event-bus';
import { CONTENT_SECURITY_POLICY } from '../security/csp';
import { allowedHosts, hostAndOriginAllowed, requestToken, TOKEN_COOKIE, tokensEqual } from './auth';
import { TENANT_HEADER } from '../../shared/tenant';
import { tenantFromHeader } from '../api/request-tenant';
import { httpStatus } from './http-errors';
import { readJsonBody } from './read-body';
import { serveStatic } from './static-files';
import { openEventStream } from './event-stream';

/** What the server needs: the dispatcher, the event bus, the build folder and its access settings. */
export interface ServerOptions {
  dispatch: Dispatch;
  events: EventBus;
  staticDir: string;
  token: string;
  host: string;
  port: number;
  actor: string;
}

/** A listening server. */
export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Starts listening; resolves once the port is bound. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  let allowed = new Set<string>();
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[server] request failed:', error);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: toErrorData(error) });
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setSecurityHeaders(res);
    if (!hostAndOriginAllowed(req, allowed)) {
      sendError(res, new StudioError('FORBIDDEN', 'This server only answers requests addressed to itself (Host/Origin refused)'));
      return;
    }
    const url = new URL(req.url ?? '/', 'http://server.invalid');
    const queryToken = url.searchParams.get('token');
    if (req.method === 'GET' && queryToken !== null && !url.pathname.startsWith('/api/')) {
      if (!tokensEqual(queryToken, options.token)) {
        sendError(res, new StudioError('UNAUTHORIZED', 'The token in the address is not valid'));
        return;
      }
      // Keep the token in a cookie and take it out of the address bar and history.
      url.searchParams.delete('token');
      res.writeHead(302, {
        'Set-Cookie': `${TOKEN_COOKIE}=${encodeURIComponent(options.token)}; HttpOnly; SameSite=Strict; Path=/`,
        Location: url.pathname + url.search,
      });
      res.end();
      return;
    }
    const token = requestToken(req);
    if (token === undefined || !tokensEqual(token, options.token)) {
      sendError(res, new StudioError('UNAUTHORIZED', 'Missing or invalid token: open the address the server printed, with its ?token='));
      return;
    }
    if (url.pathname === '/api/events') {
      if (req.method !== 'GET') return methodNotAllowed(res, 'GET');
      openEventStream(req, res, options.events);
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return methodNotAllowed(res, 'POST');
      const channel = url.pathname.slice('/api/'.length);
      let input: unknown;
      let ctx: RequestContext;
      try {
        ctx = contextOf(req, options.actor);
        input = await readJsonBody(req);
      } catch (error) {
        sendError(res, error);
        return;
      }
      const result = await options.dispatch(channel, input, ctx);
      sendJson(res, result.ok ? 200 : httpStatus(result.error.code), result);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return methodNotAllowed(res, 'GET');
    await serveStatic(options.staticDir, url.pathname, res);
  }

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolvePromise());
  });
  const port = (server.address() as AddressInfo).port;
  allowed = allowedHosts(options.host, port);
  const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${shownHost}:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolvePromise) => {
        server.closeAllConnections();
        server.close(() => resolvePromise());
      }),
  };
}

/** The request's context; a malformed tenant header is VALIDATION (400) before anything runs. */
function contextOf(req: IncomingMessage, actor: string): RequestContext {
  const agent = req.headers['user-agent'];
  const tenant = tenantFromHeader(req.headers[TENANT_HEADER.toLowerCase()]);
  return {
    actor,
    transport: 'http',
    ip: req.socket.remoteAddress,
    userAgent: typeof agent === 'string' ? agent.slice(0, 300) : undefined,
    ...(tenant !== undefined ? { tenant } : {}),
  };
}

function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
}

function sendJson(res: ServerResponse, status: number, body: Result<unknown>): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

function sendError(res: ServerResponse, error: unknown): void {
  const data = toErrorData(error);
  sendJson(res, httpStatus(data.code), { ok: false, error: data });
}

function methodNotAllowed(res: ServerResponse, allow: string): void {
  res.setHeader('Allow', allow);
  sendJson(res, 405, { ok: false, error: { code: 'BAD_QUERY', message: `Use ${allow} here` } });
}
