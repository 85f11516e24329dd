/**
 * Quick filters: what a user types above a column becomes a `where` clause for the server.
 * Text matches as "contains" (case-insensitive); `=x` is exact, `!x` excludes, `empty` and
 * `!empty` test presence. Numbers and dates take `>`, `>=`, `<`, `<=`, `a..b` and equality.
 */
import type { FieldKind } from '../editor/field-specs';

/** How a column's values compare: by text, number, date or truth. */
export type FilterKind = 'text' | 'number' | 'date' | 'boolean';

/** The filter kind of a field kind. */
export function filterKindOf(kind: FieldKind | undefined): FilterKind {
  switch (kind) {
    case 'number':
    case 'integer':
      return 'number';
    case 'date':
    case 'dateTime':
      return 'date';
    case 'boolean':
      return 'boolean';
    default:
      return 'text';
  }
}

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One column's condition, or undefined when the text is blank or does not parse. */
export function quickCondition(input: string, kind: FilterKind): unknown {
  const text = input.trim();
  if (!text) return undefined;
  if (text === 'empty') return { $exists: false };
  if (text === '!empty') return { $exists: true };
  if (kind === 'boolean') {
    if (/^(true|yes|y|1)$/i.test(text)) return true;
    if (/^(false|no|n|0)$/i.test(text)) return false;
    return undefined;
  }
  if (kind === 'text') {
    if (text.startsWith('=')) return text.slice(1);
    if (text.startsWith('!')) return { $ne: text.slice(1) };
    return { $regex: escapeRegex(text), $options: 'i' };
  }
  const parse = (s: string): number | string | undefined => {
    const v = s.trim();
    if (!v) return undefined;
    if (kind === 'number') {
      const n = Number(v);
      return Number.isFinite(n) ? n : undefined;
    }
    return /^\d{4}(-\d{2}(-\d{2}(T[\d:.]+Z?)?)?)?$/.test(v) ? v : undefined;
  };
  const range = /^(.*)\.\.(.*)$/.exec(text);
  if (range) {
    const low = parse(range[1] ?? '');
    const high = parse(range[2] ?? '');
    if (low === undefined && high === undefined) return undefined;
    return { ...(low !== undefined ? { $gte: low } : {}), ...(high !== undefined ? { $lte: high } : {}) };
  }
  const op = /^(>=|<=|>|<|=|!=)?(.*)$/.exec(text);
  const value = parse(op?.[2] ?? '');
  if (value === undefined) return undefined;
  switch (op?.[1]) {
    case '>':
      return { $gt: value };
    case '>=':
      return { $gte: value };
    case '<':
      return { $lt: value };
    case '<=':
      return { $lte: value };
    case '!=':
      return { $ne: value };
    default:
      // A bare date means that day (or month, or year): everything from it up to the next.
      return kind === 'date' && typeof value === 'string' && value.length < 20 ? { $gte: value, $lt: `${value}\uffff` } : value;
  }
}

/** The `where` clause of all quick filters (and a fixed base, such as the tenant), or undefined when empty. */
export function quickWhere(filters: Record<string, string>, kinds: Record<string, FilterKind>, base: Record<string, unknown> = {}): Record<string, unknown> | undefined {
  const where: Record<string, unknown> = { ...base };
  for (const [path, text] of Object.entries(filters)) {
    const condition = quickCondition(text, kinds[path] ?? 'text');
    if (condition !== undefined) where[path] = condition;
  }
  return Object.keys(where).length > 0 ? where : undefined;
}
