/**
 * Reads the tenant a call acts for from what a transport received: the `X-Studio-Tenant`
 * header (server mode) or the call options of the preload's `invoke` (desktop). Anything
 * that is not a valid tenant id is a VALIDATION error naming where it came from, raised
 * before the call is dispatched.
 */
import { StudioError, validationError } from '../../shared/errors';
import { TENANT_HEADER } from '../../shared/tenant';
import { CallOptionsSchema, TenantIdSchema } from '../../shared/tenant-schema';

/** Longest header value accepted (a 200-character id percent-encoded stays well under it). */
const MAX_HEADER = 2048;

function invalid(path: string, message: string): StudioError {
  return validationError([{ path: [path], message }], 'Invalid tenant');
}

/** The tenant of an HTTP request's header value, or undefined when the header is absent or empty. */
export function tenantFromHeader(value: string | string[] | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) throw invalid(TENANT_HEADER, 'send the header once');
  if (value === '') return undefined;
  if (value.length > MAX_HEADER) throw invalid(TENANT_HEADER, `at most ${MAX_HEADER} characters`);
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    throw invalid(TENANT_HEADER, 'not valid percent-encoding');
  }
  const parsed = TenantIdSchema.safeParse(decoded);
  if (!parsed.success) throw invalid(TENANT_HEADER, parsed.error.issues[0]?.message ?? 'not a tenant id');
  return parsed.data;
}

/** The tenant of a desktop call's options (`{ tenant }`), or undefined when none is given. */
export function tenantFromCallOptions(options: unknown): string | undefined {
  if (options === undefined || options === null) return undefined;
  const parsed = CallOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalid(['options', ...(issue?.path ?? [])].join('.'), issue?.message ?? 'invalid call options');
  }
  return parsed.data.tenant;
}
