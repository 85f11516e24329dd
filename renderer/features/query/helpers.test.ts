import { describe, expect, it } from 'vitest';
import { newCondition, newGroup } from '../../../shared/query/model';
import { chartData } from './chart-data';
import { toCsv } from './csv';
import { addItem, countConditions, removeItem, updateItem } from './query-state';
import { cellText, resultColumns, valueAt } from './result-columns';
import { parseList, parseValue } from './value-input';

describe('group tree edits', () => {
  it('adds, updates and removes by id without touching the original', () => {
    const inner = newGroup('or', [newCondition('a', 'eq', 1)]);
    const root = newGroup('and', [inner]);
    const added = addItem(root, inner.id, newCondition('b', 'exists'));
    expect(countConditions(added)).toBe(2);
    expect(countConditions(root)).toBe(1);
    const target = (added.items[0] as typeof inner).items[1]!;
    const updated = updateItem(added, target.id, (c) => ({ ...c, field: 'c' }));
    expect(((updated.items[0] as typeof inner).items[1] as { field: string }).field).toBe('c');
    expect(countConditions(removeItem(updated, target.id))).toBe(1);
  });
});

describe('typed values', () => {
  it('parses by kind, empty as no value', () => {
    expect(parseValue('number', '30')).toBe(30);
    expect(parseValue('number', 'x')).toBeUndefined();
    expect(parseValue('text', '')).toBeUndefined();
    expect(parseValue('boolean', 'false')).toBe(false);
    expect(parseValue('datetime', '2026-01-05T10:30')).toBe('2026-01-05T10:30:00.000Z');
    expect(parseList('number', '1, 2, x, 3')).toEqual([1, 2, 3]);
    expect(parseList('text', ' a , b ')).toEqual(['a', 'b']);
  });
});

describe('result tables', () => {
  const rows = [{ $type: 'Person', $id: 'p1', name: 'Ada', age: 36.456, worksFor: { name: 'Acme Inc' } }];
  it('shows id, name and the queried nested fields first', () => {
    expect(resultColumns(rows, ['worksFor.name', 'age'])).toEqual(['$id', 'name', 'worksFor.name', 'age', 'worksFor']);
    expect(valueAt(rows[0], 'worksFor.name')).toBe('Acme Inc');
    expect(cellText(36.456)).toBe('36.46');
    expect(cellText({ name: 'Acme Inc', url: 'x' })).toBe('Acme Inc');
  });
});

describe('CSV export', () => {
  it('quotes, nests as JSON and defuses formulas', () => {
    expect(toCsv([{ _id: 'a,b', n: 1 }, { _id: '=cmd()', n: 2, tags: ['x'] }])).toBe('_id,n,tags\r\n"a,b",1,\r\n\'=cmd(),2,"[""x""]"\r\n');
  });
});

describe('chart data', () => {
  it('draws grouped numbers, time buckets in time order', () => {
    const data = chartData([{ _id: '2026-01-05T11:00', avg: 2, label: 'x' }, { _id: '2026-01-05T10:00', avg: 1 }]);
    expect(data).toEqual({ series: ['avg'], timeAxis: true, points: [{ x: '2026-01-05T10:00', avg: 1 }, { x: '2026-01-05T11:00', avg: 2 }] });
    expect(chartData([{ name: 'no group' }])).toBeNull();
    expect(chartData([{ _id: { a: 'x', b: 2 }, n: 1 }])?.points[0]?.x).toBe('x · 2');
  });
});
