/**
 * The request a store call is made for. Handlers run inside `audited(...)`, which keeps the
 * request's context (actor, transport, address, user agent, tenant) for the async work it
 * starts, so the governed store can record where each write came from without every handler
 * passing it along.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestContext } from '../../api/context';
import type { Handler, HandlersFor } from '../../api/handlers';
import type { Channel } from '../../../shared/contract';
import type { AuditedContext } from './audit-observer';

/** A request, plus what every write it makes is audited as (a migration's writes are `migrate`). */
export type ScopedRequest = RequestContext & Pick<AuditedContext, 'auditAction' | 'reason'>;

const scope = new AsyncLocalStorage<ScopedRequest>();

/** The request the current async work belongs to, if any. */
export function currentRequest(): ScopedRequest | undefined {
  return scope.getStore();
}

/** Runs `fn` as part of the request `ctx`. */
export function withRequest<T>(ctx: ScopedRequest, fn: () => T): T {
  return scope.run(ctx, fn);
}

/** The store context of a call: the current request's, then what the call gave, then `extra`. */
export function storeContext(given: AuditedContext | undefined, extra: Partial<AuditedContext> = {}): AuditedContext {
  const req = currentRequest();
  const base: AuditedContext = req
    ? {
        actor: req.actor,
        transport: req.transport,
        ...(req.tenant !== undefined ? { tenant: req.tenant } : {}),
        ...(req.ip !== undefined ? { ip: req.ip } : {}),
        ...(req.userAgent !== undefined ? { userAgent: req.userAgent } : {}),
      }
    : {};
  const forced: Partial<AuditedContext> = req?.auditAction ? { auditAction: req.auditAction, ...(req.reason ? { reason: req.reason } : {}) } : {};
  return { ...base, ...(given ?? {}), ...extra, ...forced };
}

/** Wraps every handler of a table so the store calls it makes are recorded with the request's context. */
export function audited<K extends Channel>(handlers: HandlersFor<K>): HandlersFor<K> {
  const out = {} as HandlersFor<K>;
  for (const name of Object.keys(handlers) as K[]) {
    const handler = handlers[name] as Handler<K>;
    out[name] = ((input, ctx) => withRequest(ctx, () => handler(input, ctx))) as HandlersFor<K>[K];
  }
  return out;
}
