/**
 * Gets a read record ready to write: decides its type (its own `$type`, or the import's) and
 * drops `$` keys the store would refuse (those of another tool). The store's own bookkeeping
 * (`$version`, timestamps from an earlier export) is left for the store, which ignores it and
 * sets its own; so most rows go to the store as they were parsed, without a copy.
 */
import type { FieldIssue } from '../../shared/errors';
import { isSubtypeOf, type DescriptorLookup } from '../../shared/vocab/descriptor';

/** A record ready to write: its type, its `$id` if it has one, and its properties. */
export interface PreparedRow {
  row: number;
  line?: number;
  type: string;
  id: string | undefined;
  data: Record<string, unknown>;
}

/** The row ready to write, or the issues that keep it out. */
export function prepareRow(
  row: number,
  line: number | undefined,
  input: Record<string, unknown>,
  importType: string | undefined,
  lookup?: DescriptorLookup,
): PreparedRow | { issues: FieldIssue[] } {
  const own = typeof input.$type === 'string' && input.$type !== '' ? input.$type : undefined;
  const type = own ?? importType;
  if (!type) return { issues: [{ path: ['$type'], message: 'the row has no $type and the import names no type' }] };
  if (importType && own && own !== importType && !(lookup && isSubtypeOf(lookup, own, importType))) {
    return { issues: [{ path: ['$type'], message: `expected ${importType} (or a subtype), found ${own}` }] };
  }
  const rawId = input.$id;
  if (rawId !== undefined && (typeof rawId !== 'string' || rawId === '')) {
    return { issues: [{ path: ['$id'], message: 'an id must be a non-empty string' }] };
  }
  return { row, line, type, id: rawId, data: withoutForeignBookkeeping(input) };
}

/** The `$` keys the store itself drops from written data (it sets them). */
const STORE_BOOKKEEPING = new Set(['$type', '$id', '$version', '$createdAt', '$updatedAt']);

/** The input itself when its `$` keys are all the store's own (the common case: no copy), else a copy without the others. */
function withoutForeignBookkeeping(input: Record<string, unknown>): Record<string, unknown> {
  let foreign = false;
  for (const key in input) {
    if (key.charCodeAt(0) === 36 && !STORE_BOOKKEEPING.has(key)) {
      foreign = true;
      break;
    }
  }
  if (!foreign) return input;
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) if (!key.startsWith('$') || STORE_BOOKKEEPING.has(key)) data[key] = value;
  return data;
}
