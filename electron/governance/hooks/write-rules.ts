/**
 * The write rules of a collection, run by the governed store before the engine sees a write:
 * sanitizers and `beforeCreate`/`beforeUpdate` on the data, then enrichments and
 * `afterCreate`/`afterUpdate` on the complete entity about to be stored. Any failure is a
 * VALIDATION error naming the hook and the field, and nothing is written.
 */
import { StudioError } from '../../../shared/errors';
import { jsonEquals } from '../../../shared/governance/diff';
import { SANITIZERS, sanitizePhone } from '../../../shared/governance/sanitizers';
import type { HookContext } from '../../workspace/config-schema';
import type { TypePolicy } from '../policy';
import { enrich } from './enrich';

type Doc = Record<string, unknown>;

function fail(what: string, error: unknown, field?: string): StudioError {
  if (error instanceof StudioError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new StudioError('VALIDATION', `${what} failed${field ? ` on ${field}` : ''}: ${message}`, {
    issues: [{ path: field ? [field] : [], message }],
    details: { hook: what },
  });
}

function sanitizeValue(name: keyof typeof SANITIZERS, value: unknown, countryCode: string): unknown {
  const run = name === 'phone' ? (v: string) => sanitizePhone(v, countryCode) : SANITIZERS[name];
  if (typeof value === 'string') return run(value);
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? run(v) : v));
  return value;
}

/** Runs sanitizers (on fields that changed) and the `before` hook; returns the data to store. */
export function runBeforeRules(policy: TypePolicy, data: Doc, ctx: HookContext, countryCode: string): Doc {
  let out: Doc = { ...data };
  for (const [field, sanitizer] of Object.entries(policy.sanitize)) {
    if (!Object.prototype.hasOwnProperty.call(out, field)) continue;
    // Stored values that were never sanitized do not block an edit of other fields.
    if (ctx.before && jsonEquals(ctx.before[field], out[field])) continue;
    try {
      out[field] = sanitizeValue(sanitizer as keyof typeof SANITIZERS, out[field], countryCode);
    } catch (error) {
      throw fail(`The ${sanitizer} sanitizer of ${policy.type}`, error, field);
    }
  }
  const hook = ctx.action === 'create' ? policy.hooks.beforeCreate : policy.hooks.beforeUpdate;
  if (hook) {
    const name = `${policy.type}.${ctx.action === 'create' ? 'beforeCreate' : 'beforeUpdate'}`;
    try {
      const result = hook(structuredClone(out), ctx);
      if (result !== undefined) {
        if (result === null || typeof result !== 'object' || Array.isArray(result)) throw new Error('a before hook returns the data to store, or nothing');
        out = result;
      }
    } catch (error) {
      throw fail(`The ${name} hook`, error);
    }
  }
  return out;
}

/** Runs enrichments and the `after` hook on the complete entity; returns it with their fields added. */
export function runAfterRules(policy: TypePolicy, entity: Doc, ctx: HookContext): Doc {
  let out: Doc = { ...entity };
  for (const name of policy.enrich) out = { ...out, ...enrich(name, out) };
  const hook = ctx.action === 'create' ? policy.hooks.afterCreate : policy.hooks.afterUpdate;
  if (hook) {
    const name = `${policy.type}.${ctx.action === 'create' ? 'afterCreate' : 'afterUpdate'}`;
    try {
      const extra = hook(structuredClone(out), ctx);
      if (extra !== undefined) {
        if (extra === null || typeof extra !== 'object' || Array.isArray(extra)) throw new Error('an after hook returns fields to add, or nothing');
        out = { ...out, ...extra };
      }
    } catch (error) {
      throw fail(`The ${name} hook`, error);
    }
  }
  return out;
}
