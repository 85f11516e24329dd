/**
 * What a caller may see and change: soft-deleted entities are skipped unless asked for, and
 * on a tenant-scoped type every read is limited to `context.tenant` and every write must
 * stay inside it. A missing tenant on a scoped type is FORBIDDEN rather than "all tenants".
 */
import { StudioError } from '../../shared/errors';
import { jsonPathLiteral } from '../query/identifiers';
import { DOC, jsonExtract } from '../query/dialect';
import { Sql, sql } from '../query/sql';
import type { Props } from './entity-data';
import type { LoadedSettings } from './settings-registry';
import type { Context, DeletedMode } from './types';

/** The deleted mode of read options. */
export function deletedMode(options: { includeDeleted?: boolean; deleted?: DeletedMode } | undefined): DeletedMode {
  if (options?.deleted) return options.deleted;
  return options?.includeDeleted ? 'include' : 'exclude';
}

/** SQL conditions limiting a read to what the caller may see. */
export function readScope(settings: LoadedSettings | undefined, context: Context | undefined, mode: DeletedMode): Sql[] {
  const parts: Sql[] = [];
  if (mode === 'exclude') parts.push(sql`e.deleted = 0`);
  else if (mode === 'only') parts.push(sql`e.deleted = 1`);
  if (settings?.tenantField) {
    parts.push(sql`${jsonExtract(DOC, jsonPathLiteral(settings.tenantField))} = ${requireTenant(settings, context)}`);
  }
  return parts;
}

/**
 * FORBIDDEN when the type is tenant-scoped and the call names no tenant. Checked before an
 * entity is looked up, so such a call learns nothing of which ids exist, are live or in the trash.
 */
export function checkTenant(settings: LoadedSettings | undefined, context: Context | undefined): void {
  if (settings?.tenantField) requireTenant(settings, context);
}

/** True when a stored entity is visible to the caller. */
export function visible(settings: LoadedSettings | undefined, context: Context | undefined, mode: DeletedMode, deleted: boolean, props: Props): boolean {
  const tenant = settings?.tenantField ? requireTenant(settings, context) : undefined;
  if (mode === 'exclude' && deleted) return false;
  if (mode === 'only' && !deleted) return false;
  return tenant === undefined || valueAt(props, settings!.tenantField!) === tenant;
}

/** Stamps the tenant on new properties, refusing (FORBIDDEN) a write into another tenant. */
export function stampTenant(settings: LoadedSettings | undefined, context: Context | undefined, props: Props): Props {
  if (!settings?.tenantField) return props;
  const tenant = requireTenant(settings, context);
  const current = valueAt(props, settings.tenantField);
  if (current !== undefined && current !== tenant) {
    throw new StudioError('FORBIDDEN', `${settings.type} belongs to tenant "${String(current)}"; you act for tenant "${tenant}"`, {
      details: { type: settings.type, field: settings.tenantField.join('.') },
    });
  }
  if (current === undefined) setAt(props, settings.tenantField, tenant);
  return props;
}

function requireTenant(settings: LoadedSettings, context: Context | undefined): string {
  const tenant = context?.tenant;
  if (typeof tenant !== 'string' || tenant.length === 0) throw tenantRequired(settings.type);
  return tenant;
}

/** The error of a call on a tenant-scoped type that names no tenant (`details.tenantScoped` lets a screen ask for one). */
export function tenantRequired(type: string): StudioError {
  return new StudioError('FORBIDDEN', `${type} is kept per tenant: choose a tenant to see or change it`, { details: { type, tenantScoped: true } });
}

function valueAt(props: Props, segments: readonly string[]): unknown {
  let node: unknown = props;
  for (const s of segments) node = node !== null && typeof node === 'object' && !Array.isArray(node) && Object.prototype.hasOwnProperty.call(node, s) ? (node as Props)[s] : undefined;
  return node;
}

function setAt(props: Props, segments: readonly string[], value: unknown): void {
  let node = props;
  for (const s of segments.slice(0, -1)) {
    if (node[s] === null || typeof node[s] !== 'object' || Array.isArray(node[s])) node[s] = {};
    node = node[s] as Props;
  }
  node[segments[segments.length - 1]!] = value;
}
