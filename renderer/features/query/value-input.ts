/**
 * Text typed into value editors, turned into query values by the field's kind: numbers for
 * numeric fields, ISO text for dates and date-times, true/false for booleans. Empty input is
 * "no value yet" (undefined), so half-typed conditions are left out of the query.
 */
import type { ValueKind } from '../../../shared/query/fields';
import type { Scalar } from '../../../shared/query/model';

/** One typed value. */
export function parseValue(kind: ValueKind | undefined, text: string): Scalar | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (kind === 'number') {
    const n = Number(trimmed);
    return Number.isFinite(n) ? n : undefined;
  }
  if (kind === 'boolean') return trimmed === 'true' ? true : trimmed === 'false' ? false : undefined;
  if (kind === 'datetime' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(trimmed)) return `${trimmed}:00.000Z`;
  return text;
}

/** The text an editor shows for a value. */
export function formatValue(kind: ValueKind | undefined, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (kind === 'datetime' && typeof value === 'string') return value.slice(0, 16);
  return String(value);
}

/** A comma-separated list typed for `in`. */
export function parseList(kind: ValueKind | undefined, text: string): Scalar[] | undefined {
  const items = text
    .split(',')
    .map((part) => parseValue(kind, part))
    .filter((v): v is Scalar => v !== undefined)
    .map((v) => (typeof v === 'string' ? v.trim() : v));
  return items.length > 0 ? items : undefined;
}
