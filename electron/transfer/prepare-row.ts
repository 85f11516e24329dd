/**
 * Gets a read record ready to write: decides its type (its own `$type`, or the import's) and
 * keeps only what the store takes from outside (`$id` and the properties). The store's
 * bookkeeping (`$version`, timestamps) from an earlier export is dropped: the store sets its own.
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
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (key === '$id' || !key.startsWith('$')) data[key] = value;
  }
  return { row, line, type, id: rawId, data };
}
