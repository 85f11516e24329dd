import { describe, expect, it } from 'vitest';
import { quickCondition, quickWhere } from './quick-filter';

describe('quick filters', () => {
  it('matches text as case-insensitive contains, exact with =, excluded with !', () => {
    expect(quickCondition('a.b', 'text')).toEqual({ $regex: 'a\\.b', $options: 'i' });
    expect(quickCondition('=Acme', 'text')).toBe('Acme');
    expect(quickCondition('!Acme', 'text')).toEqual({ $ne: 'Acme' });
    expect(quickCondition('empty', 'text')).toEqual({ $exists: false });
    expect(quickCondition('   ', 'text')).toBeUndefined();
  });

  it('compares numbers and ranges', () => {
    expect(quickCondition('>10', 'number')).toEqual({ $gt: 10 });
    expect(quickCondition('<=2.5', 'number')).toEqual({ $lte: 2.5 });
    expect(quickCondition('10..20', 'number')).toEqual({ $gte: 10, $lte: 20 });
    expect(quickCondition('42', 'number')).toBe(42);
    expect(quickCondition('abc', 'number')).toBeUndefined();
  });

  it('compares dates, a bare date meaning that whole day', () => {
    expect(quickCondition('>2024-01-01', 'date')).toEqual({ $gt: '2024-01-01' });
    expect(quickCondition('2024-03', 'date')).toEqual({ $gte: '2024-03', $lt: '2024-03\uffff' });
  });

  it('reads booleans', () => {
    expect(quickCondition('yes', 'boolean')).toBe(true);
    expect(quickCondition('no', 'boolean')).toBe(false);
  });

  it('combines columns with a base clause', () => {
    expect(quickWhere({ name: 'ada', age: '>30', x: '' }, { age: 'number' }, { tenant: 't1' })).toEqual({
      tenant: 't1',
      name: { $regex: 'ada', $options: 'i' },
      age: { $gt: 30 },
    });
    expect(quickWhere({}, {})).toBeUndefined();
  });
});
