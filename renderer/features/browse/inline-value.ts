/** Inline edits in the table: which cells can be edited in place, and how their input text becomes a value. */
import type { PropertyDescriptor } from '../../../shared/vocab/descriptor';
import { fieldSpec, type FieldKind } from '../editor/field-specs';

const SIMPLE: ReadonlySet<FieldKind> = new Set(['text', 'email', 'telephone', 'url', 'number', 'integer', 'date', 'dateTime', 'boolean', 'enum', 'naics', 'onet']);

/** The kind of an inline editor for a column, or undefined when the cell edits only in the form (entities, lists, nested paths). */
export function inlineKind(path: string, property: PropertyDescriptor | undefined, value: unknown): FieldKind | undefined {
  if (!property || path.includes('.') || Array.isArray(value) || (value !== null && typeof value === 'object')) return undefined;
  const spec = fieldSpec(property);
  if (spec.list === 'always') return undefined;
  return SIMPLE.has(spec.kind) ? spec.kind : undefined;
}

/** The text an inline editor starts with. */
export function inlineText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value);
}

/** The value an inline edit saves (`undefined` to remove the property); an Error when the text does not fit the kind. */
export function inlineValue(kind: FieldKind, text: string): unknown {
  const t = text.trim();
  if (t === '') return undefined;
  switch (kind) {
    case 'number':
    case 'integer': {
      const n = Number(t);
      if (!Number.isFinite(n)) return new Error('Enter a number');
      if (kind === 'integer' && !Number.isInteger(n)) return new Error('Enter a whole number');
      return n;
    }
    case 'boolean':
      return t === 'true';
    default:
      return t;
  }
}
