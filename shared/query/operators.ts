/**
 * Which operators the builder offers for a field, and what value editor each needs. The
 * offer follows the field's range: text gets equals/contains/starts with/regex/in list,
 * numbers and dates compare and "between", lists get contains/any of, and every field gets
 * exists and is empty. "contains" is one operator (`$contains`) for both: a case-insensitive
 * substring of text, or an element of a list.
 */
import type { FieldSpec, ValueKind } from './fields';
import type { OperatorId } from './model';

/** How many values an operator takes: none, one, two (a range) or a list. */
export type Arity = 'none' | 'one' | 'two' | 'list';

/** An operator as the picker shows it. */
export interface OperatorSpec {
  id: OperatorId;
  label: string;
  arity: Arity;
}

const ARITY: Record<OperatorId, Arity> = {
  eq: 'one',
  ne: 'one',
  contains: 'one',
  startsWith: 'one',
  regex: 'one',
  in: 'list',
  notIn: 'list',
  gt: 'one',
  gte: 'one',
  lt: 'one',
  lte: 'one',
  between: 'two',
  exists: 'none',
  notExists: 'none',
  isEmpty: 'none',
};

const ANY: OperatorId[] = ['exists', 'notExists', 'isEmpty'];

/** Operators per value kind, in the order the picker lists them. */
const BY_KIND: Record<ValueKind, OperatorId[]> = {
  text: ['eq', 'ne', 'contains', 'startsWith', 'regex', 'in', 'notIn', ...ANY],
  number: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'between', 'in', ...ANY],
  date: ['eq', 'gt', 'gte', 'lt', 'lte', 'between', ...ANY],
  datetime: ['gt', 'gte', 'lt', 'lte', 'between', 'eq', ...ANY],
  boolean: ['eq', ...ANY],
  enum: ['eq', 'ne', 'in', 'notIn', ...ANY],
  reference: ['eq', 'ne', 'in', ...ANY],
  object: ANY,
};

/** Operators of list fields: membership tests on the elements. */
const ARRAY_OPERATORS: OperatorId[] = ['contains', 'in', 'notIn', ...ANY];

const LABELS: Record<OperatorId, string> = {
  eq: 'equals',
  ne: 'does not equal',
  contains: 'contains',
  startsWith: 'starts with',
  regex: 'matches regex',
  in: 'in list',
  notIn: 'not in list',
  gt: 'greater than',
  gte: 'at least',
  lt: 'less than',
  lte: 'at most',
  between: 'between',
  exists: 'exists',
  notExists: 'does not exist',
  isEmpty: 'is empty',
};

const TIME_LABELS: Partial<Record<OperatorId, string>> = { eq: 'on', gt: 'after', gte: 'on or after', lt: 'before', lte: 'on or before' };
const LIST_LABELS: Partial<Record<OperatorId, string>> = { in: 'any of', notIn: 'none of' };
const CHOICE_LABELS: Partial<Record<OperatorId, string>> = { eq: 'is', ne: 'is not' };

/** The label of an operator for a field ("after" for dates, "any of" for lists). */
export function operatorLabel(id: OperatorId, field?: Pick<FieldSpec, 'kind' | 'array'>): string {
  if (field?.array) return LIST_LABELS[id] ?? LABELS[id];
  if (field && (field.kind === 'date' || field.kind === 'datetime')) return TIME_LABELS[id] ?? LABELS[id];
  if (field && ['boolean', 'enum', 'reference'].includes(field.kind)) return CHOICE_LABELS[id] ?? LABELS[id];
  return LABELS[id];
}

/** How many values an operator takes. */
export function arityOf(id: OperatorId): Arity {
  return ARITY[id];
}

/** The operators offered for a field; a field the builder does not know gets the text set. */
export function operatorsFor(field: Pick<FieldSpec, 'kind' | 'array'> | undefined): OperatorSpec[] {
  const ids = field?.array ? ARRAY_OPERATORS : BY_KIND[field?.kind ?? 'text'];
  return ids.map((id) => ({ id, label: operatorLabel(id, field), arity: ARITY[id] }));
}

/** True when `id` is offered for the field. */
export function isOperatorFor(id: OperatorId, field: Pick<FieldSpec, 'kind' | 'array'> | undefined): boolean {
  return operatorsFor(field).some((o) => o.id === id);
}
