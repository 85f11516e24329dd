/** Evaluates business rules (`rules.ts`) against one parsed entity, reporting each failure on the field it concerns. */
import type { FieldIssue } from '../errors';
import type { Rule } from './rules';

type Scalar = string | number | boolean;
type Obj = Record<string, unknown>;

/** The value at a dotted path, or undefined when a step is missing or not an object. */
export function valueAt(entity: Obj, path: string): unknown {
  let current: unknown = entity;
  for (const step of path.split('.')) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    current = (current as Obj)[step];
  }
  return current;
}

const present = (v: unknown): boolean => v !== undefined && v !== null && v !== '';
const toPath = (path: string): string[] => path.split('.');

function count(v: unknown): number {
  if (!present(v)) return 0;
  return Array.isArray(v) ? v.length : 1;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

/** -1, 0 or 1; undefined when the two values cannot be compared (different kinds). */
function order(a: unknown, b: unknown): number | undefined {
  if (typeof a === 'number' && typeof b === 'number') return Math.sign(a - b);
  if (typeof a === 'string' && typeof b === 'string') {
    // ISO dates and date-times compare as instants so `2024-01-01` and `2024-01-01T00:00:00Z` agree.
    if (ISO_DATE.test(a) && ISO_DATE.test(b)) {
      const ta = Date.parse(a);
      const tb = Date.parse(b);
      if (!Number.isNaN(ta) && !Number.isNaN(tb)) return Math.sign(ta - tb);
    }
    return a < b ? -1 : a > b ? 1 : 0;
  }
  if (typeof a === 'boolean' && typeof b === 'boolean') return a === b ? 0 : a ? 1 : -1;
  return undefined;
}

const HOLDS: Record<string, (o: number) => boolean> = {
  '==': (o) => o === 0,
  '!=': (o) => o !== 0,
  '<': (o) => o < 0,
  '<=': (o) => o <= 0,
  '>': (o) => o > 0,
  '>=': (o) => o >= 0,
};

const show = (v: Scalar): string => (typeof v === 'string' ? `"${v}"` : String(v));

/** The issues of one rule; empty when it holds or does not apply. */
function checkRule(rule: Rule, entity: Obj): FieldIssue[] {
  const fail = (path: string, message: string): FieldIssue[] => [{ path: toPath(path), message: rule.message ?? message }];
  switch (rule.kind) {
    case 'sum': {
      const target = valueAt(entity, rule.target);
      if (typeof target !== 'number') return [];
      const addends = rule.of.map((p) => valueAt(entity, p));
      // An addend of the wrong type is reported by its own field; the sum would only repeat it.
      if (addends.some((v) => present(v) && typeof v !== 'number')) return [];
      const sum = addends.reduce<number>((s, v) => s + (typeof v === 'number' ? v : 0), 0);
      if (Math.abs(target - sum) <= rule.tolerance) return [];
      return fail(rule.target, `${rule.target} must equal ${rule.of.join(' + ')} (${Math.round(sum * 1e6) / 1e6}), not ${target}`);
    }
    case 'minItems':
      return count(valueAt(entity, rule.path)) >= rule.min
        ? []
        : fail(rule.path, `${rule.path} needs at least ${rule.min} item${rule.min === 1 ? '' : 's'}`);
    case 'maxItems':
      return count(valueAt(entity, rule.path)) <= rule.max ? [] : fail(rule.path, `${rule.path} takes at most ${rule.max} items`);
    case 'lookup': {
      const key = valueAt(entity, rule.from);
      if (typeof key !== 'string' && typeof key !== 'number') return [];
      if (!Object.prototype.hasOwnProperty.call(rule.table, String(key))) return [];
      const expected = rule.table[String(key)] as Scalar;
      const actual = valueAt(entity, rule.path);
      if (!present(actual) || actual === expected) return [];
      return fail(rule.path, `${rule.path} must be ${show(expected)} when ${rule.from} is ${show(key)}`);
    }
    case 'compare': {
      const left = valueAt(entity, rule.left);
      const right = typeof rule.right === 'string' ? valueAt(entity, rule.right) : rule.right.value;
      if (!present(left) || !present(right)) return [];
      const o = order(left, right);
      if (o === undefined || (HOLDS[rule.op] ?? (() => true))(o)) return [];
      const rightText = typeof rule.right === 'string' ? rule.right : show(rule.right.value);
      return fail(rule.left, `${rule.left} must be ${rule.op} ${rightText}`);
    }
    case 'requiredWhen': {
      const when = valueAt(entity, rule.when.path);
      if (!rule.when.in.some((v) => v === when) || present(valueAt(entity, rule.path))) return [];
      return fail(rule.path, `${rule.path} is required when ${rule.when.path} is ${show(when as Scalar)}`);
    }
  }
}

/** Every failure of a type's rules on an entity. */
export function checkRules(rules: readonly Rule[], entity: Obj): FieldIssue[] {
  return rules.flatMap((rule) => checkRule(rule, entity));
}
