import { describe, expect, it } from 'vitest';
import { operatorsFor, operatorLabel } from './operators';

const ids = (kind: Parameters<typeof operatorsFor>[0]) => operatorsFor(kind).map((o) => o.id);

describe('operators by range', () => {
  it('offers text operators for text', () => {
    expect(ids({ kind: 'text', array: false })).toEqual(['eq', 'ne', 'contains', 'startsWith', 'regex', 'in', 'notIn', 'exists', 'notExists', 'isEmpty']);
  });
  it('offers comparisons and between for numbers and dates, not contains', () => {
    for (const kind of ['number', 'date', 'datetime'] as const) {
      expect(ids({ kind, array: false })).toEqual(expect.arrayContaining(['gt', 'lt', 'between', 'exists', 'isEmpty']));
      expect(ids({ kind, array: false })).not.toContain('contains');
    }
  });
  it('offers contains and any of for lists', () => {
    expect(ids({ kind: 'text', array: true })).toEqual(['contains', 'in', 'notIn', 'exists', 'notExists', 'isEmpty']);
    expect(operatorLabel('in', { kind: 'text', array: true })).toBe('any of');
  });
  it('offers only presence tests for embedded objects', () => {
    expect(ids({ kind: 'object', array: false })).toEqual(['exists', 'notExists', 'isEmpty']);
  });
  it('words comparisons of dates as before and after', () => {
    expect(operatorLabel('gt', { kind: 'date', array: false })).toBe('after');
    expect(operatorLabel('lt', { kind: 'number', array: false })).toBe('less than');
  });
});
