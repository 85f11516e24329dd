import { describe, expect, it } from 'vitest';
import { newCondition, newGroup, type QueryModel } from './model';
import { isComplete, toQueryJson } from './to-where';
import { toTypeScript, pipelineToTypeScript } from './to-typescript';

const acme: QueryModel = {
  type: 'Person',
  where: newGroup('and', [newCondition('worksFor.name', 'eq', 'Acme Inc'), newCondition('age', 'between', [30, 40])]),
  orderBy: [{ field: 'name', direction: 'asc' }],
  populate: [],
};

describe('toQueryJson', () => {
  it('writes the readable form: one object for an AND of different fields', () => {
    expect(toQueryJson(acme)).toEqual({
      where: { 'worksFor.name': 'Acme Inc', age: { $gte: 30, $lte: 40 } },
      orderBy: { name: 'asc' },
    });
  });

  it('uses $and when two conditions name the same field, $or for OR groups', () => {
    const m: QueryModel = {
      ...acme,
      where: newGroup('and', [
        newCondition('age', 'gt', 30),
        newCondition('age', 'ne', 35),
        newGroup('or', [newCondition('name', 'contains', 'a.b'), newCondition('tags', 'contains', 'x')]),
      ]),
      orderBy: [],
    };
    expect(toQueryJson(m).where).toEqual({
      $and: [
        { age: { $gt: 30 } },
        { age: { $ne: 35 } },
        { $or: [{ name: { $contains: 'a.b' } }, { tags: { $contains: 'x' } }] },
      ],
    });
  });

  it('leaves out conditions still being filled in and empty groups', () => {
    const m: QueryModel = {
      ...acme,
      where: newGroup('and', [newCondition('', 'eq', 'x'), newCondition('age', 'between', [30, null]), newGroup('or', []), newCondition('email', 'exists')]),
      orderBy: [],
    };
    expect(toQueryJson(m)).toEqual({ where: { email: { $exists: true } } });
  });

  it('knows which conditions are complete', () => {
    expect(isComplete(newCondition('a', 'in', []))).toBe(false);
    expect(isComplete(newCondition('a', 'in', ['x']))).toBe(true);
    expect(isComplete(newCondition('a', 'eq', false))).toBe(true);
    expect(isComplete(newCondition('a', 'contains', ''))).toBe(false);
    expect(isComplete(newCondition('a', 'isEmpty'))).toBe(true);
  });
});

describe('toTypeScript', () => {
  it('prints the db.list call of the reference document', () => {
    expect(toTypeScript({ ...acme, limit: 20 })).toBe(
      [
        'await db.list($.Person, {',
        "  where: { 'worksFor.name': 'Acme Inc', age: { $gte: 30, $lte: 40 } },",
        "  orderBy: { name: 'asc' },",
        '  limit: 20,',
        '})',
      ].join('\n'),
    );
  });

  it('prints a bare call for an empty query and escapes quotes', () => {
    expect(toTypeScript({ ...acme, where: newGroup(), orderBy: [] })).toBe('await db.list($.Person)');
    expect(toTypeScript({ ...acme, where: newGroup('and', [newCondition('name', 'eq', "O'Brien")]), orderBy: [] })).toBe(
      "await db.list($.Person, { where: { name: 'O\\'Brien' } })",
    );
  });

  it('prints a pipeline as db.aggregate', () => {
    expect(pipelineToTypeScript('Metric', [{ $match: { name: 'cpu.usage' } }, { $limit: 5 }])).toBe(
      "await db.aggregate($.Metric, [{ $match: { name: 'cpu.usage' } }, { $limit: 5 }])",
    );
  });
});
