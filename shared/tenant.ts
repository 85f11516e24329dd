/**
 * The tenant a call acts for. The renderer sends the tenant chosen in the switcher with every
 * call: in server mode as the `X-Studio-Tenant` header (percent-encoded, so any id fits in a
 * header), in the desktop app as the third argument of the preload's `invoke`. The main
 * process validates it and puts it in the request context, where the store scopes every read
 * and write of a tenant-scoped collection to it.
 *
 * No tenant ("All tenants") means the call acts for no tenant: tenant-scoped collections are
 * closed to it (FORBIDDEN, and left out of untyped search and type counts); collections
 * without a tenant field are read and written as usual.
 */

/** The request header carrying the tenant in server mode. */
export const TENANT_HEADER = 'X-Studio-Tenant';

/** What the desktop preload passes with a call besides the channel and its input (schema: `tenant-schema.ts`). */
export interface CallOptions {
  tenant?: string;
}
