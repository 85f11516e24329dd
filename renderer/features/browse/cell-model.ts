/**
 * How a cell shows its value, decided from the value and the property's range: dates and
 * numbers formatted, URLs as links, references as chips, embedded entities as a one-line
 * summary, lists as tags, personal data marked as masked.
 */
import type { PropertyDescriptor } from '../../../shared/vocab/descriptor';
import { summarize } from '../../lib/display-name';
import { fieldSpec, type FieldSpec } from '../editor/field-specs';
import { isReferenceObject } from '../editor/form-values';

/** What a cell renders. */
export type CellModel =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; text: string }
  | { kind: 'date'; text: string; iso: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'url'; href: string; text: string }
  | { kind: 'enum'; text: string }
  | { kind: 'ref'; id: string; types: string[] }
  | { kind: 'embedded'; type: string | undefined; text: string }
  | { kind: 'masked'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'tags'; items: CellModel[]; more: number };

const MAX_TAGS = 3;
// The main process masks personal data as `j***@example.com`; three stars mark a masked value.
const MASKED = /\*{3}/;
const numbers = new Intl.NumberFormat(undefined, { maximumFractionDigits: 6 });
const dates = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
const dateTimes = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });

/** Field specs by descriptor: a column's spec is built once, not once per cell while scrolling. */
const specs = new WeakMap<PropertyDescriptor, FieldSpec>();

function specOf(property: PropertyDescriptor): FieldSpec {
  let spec = specs.get(property);
  if (!spec) specs.set(property, (spec = fieldSpec(property)));
  return spec;
}

/** The cell model of a value under a property (undefined property: judged by the value alone). */
export function cellModel(value: unknown, property: PropertyDescriptor | undefined, path = ''): CellModel {
  if (value === null || value === undefined || value === '') return { kind: 'empty' };
  if (Array.isArray(value)) {
    if (value.length === 0) return { kind: 'empty' };
    return { kind: 'tags', items: value.slice(0, MAX_TAGS).map((v) => cellModel(v, property, path)), more: Math.max(0, value.length - MAX_TAGS) };
  }
  const spec = property ? specOf(property) : undefined;
  if (typeof value === 'string' && (spec?.pii || path === '') && MASKED.test(value)) return { kind: 'masked', text: value };
  if (isReferenceObject(value)) return { kind: 'ref', id: value.$id, types: value.$type ? [value.$type] : (spec?.entityTypes ?? []) };
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const type = typeof obj.$type === 'string' ? obj.$type : spec?.entityTypes[0];
    // The type is worth its room only where the range leaves it open (Person | Organization, or a subtype).
    const implied = spec?.entityTypes.length === 1 && spec.entityTypes[0] === type;
    return { kind: 'embedded', type: implied ? undefined : type, text: summarize(obj) };
  }
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (typeof value === 'number') return { kind: 'number', text: numbers.format(value) };
  const text = String(value);
  if (spec?.kind === 'entity' && !spec.dataKind) return { kind: 'ref', id: text, types: spec.entityTypes };
  const kind = spec?.kind === 'entity' ? spec.dataKind : spec?.kind;
  switch (kind) {
    case 'date':
    case 'dateTime': {
      const time = Date.parse(text);
      if (Number.isNaN(time)) return { kind: 'text', text };
      return { kind: 'date', iso: text, text: (text.length <= 10 ? dates : dateTimes).format(time) };
    }
    case 'url':
      return /^https?:\/\//i.test(text) ? { kind: 'url', href: text, text: text.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '') } : { kind: 'text', text };
    case 'enum':
      return { kind: 'enum', text };
    case 'naics':
    case 'onet':
      return { kind: 'code', text };
    default:
      if (!spec && /^https?:\/\//i.test(text)) return { kind: 'url', href: text, text };
      return { kind: 'text', text };
  }
}
