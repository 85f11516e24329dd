import { describe, expect, it } from 'vitest';
import { checkRules, valueAt } from './check-rules';
import { RuleSchema, type RuleInput } from './rules';

const check = (rule: RuleInput, entity: Record<string, unknown>) => checkRules([RuleSchema.parse(rule)], entity);

describe('business rules', () => {
  it('reads dotted paths', () => {
    expect(valueAt({ a: { b: 2 } }, 'a.b')).toBe(2);
    expect(valueAt({ a: [{ b: 2 }] }, 'a.b')).toBeUndefined();
  });

  it('sum: target equals the addends within the tolerance; absent addends count as zero', () => {
    const rule: RuleInput = { kind: 'sum', target: 'total', of: ['subtotal', 'tax', 'shipping'] };
    expect(check(rule, { total: 10.1, subtotal: 9, tax: 1.1 })).toEqual([]);
    expect(check(rule, { total: 10, subtotal: 9, tax: 0.1, shipping: 0.1 })).toEqual([
      { path: ['total'], message: 'total must equal subtotal + tax + shipping (9.2), not 10' },
    ]);
    expect(check(rule, { subtotal: 9 })).toEqual([]);
    expect(check(rule, { total: 1, subtotal: 'x' })).toEqual([]);
  });

  it('minItems and maxItems count a single value as one item', () => {
    expect(check({ kind: 'minItems', path: 'orderedItem', min: 1 }, { orderedItem: 'p1' })).toEqual([]);
    expect(check({ kind: 'minItems', path: 'orderedItem', min: 1 }, { orderedItem: [] })).toHaveLength(1);
    expect(check({ kind: 'maxItems', path: 'tags', max: 1 }, { tags: ['a', 'b'] })).toEqual([{ path: ['tags'], message: 'tags takes at most 1 items' }]);
  });

  it('lookup: the value must match the table entry of the key field', () => {
    const rule: RuleInput = { kind: 'lookup', path: 'price', from: 'plan', table: { basic: 9, pro: 29 } };
    expect(check(rule, { plan: 'pro', price: 29 })).toEqual([]);
    expect(check(rule, { plan: 'pro', price: 9 })).toEqual([{ path: ['price'], message: 'price must be 29 when plan is "pro"' }]);
    expect(check(rule, { plan: 'custom', price: 1 })).toEqual([]);
  });

  it('compare: numbers, ISO dates and constants', () => {
    expect(check({ kind: 'compare', left: 'endDate', op: '>=', right: 'startDate' }, { startDate: '2024-02-01', endDate: '2024-01-31' })).toEqual([
      { path: ['endDate'], message: 'endDate must be >= startDate' },
    ]);
    expect(check({ kind: 'compare', left: 'endDate', op: '>=', right: 'startDate' }, { startDate: '2024-01-31', endDate: '2024-01-31T10:00:00Z' })).toEqual([]);
    expect(check({ kind: 'compare', left: 'seats', op: '<=', right: { value: 10 }, message: 'too many seats' }, { seats: 11 })).toEqual([
      { path: ['seats'], message: 'too many seats' },
    ]);
    expect(check({ kind: 'compare', left: 'a', op: '<', right: 'b' }, { a: 1 })).toEqual([]);
  });

  it('requiredWhen: required only under the condition', () => {
    const rule: RuleInput = { kind: 'requiredWhen', path: 'endDate', when: { path: 'status', in: ['cancelled'] } };
    expect(check(rule, { status: 'active' })).toEqual([]);
    expect(check(rule, { status: 'cancelled' })).toEqual([{ path: ['endDate'], message: 'endDate is required when status is "cancelled"' }]);
  });

  it('rejects malformed rules when parsed', () => {
    expect(RuleSchema.safeParse({ kind: 'sum', target: 'a b', of: [] }).success).toBe(false);
    expect(RuleSchema.safeParse({ kind: 'nope' }).success).toBe(false);
  });
});
