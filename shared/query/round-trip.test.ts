import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromJsonText, fromQueryJson } from './from-where';
import { newCondition, newGroup, OPERATOR_IDS, type ConditionModel, type GroupModel, type OperatorId, type QueryModel } from './model';
import { arityOf } from './operators';
import { toJsonText, toQueryJson } from './to-where';

const field = fc.constantFrom('name', 'age', 'worksFor.name', 'labels.host', 'tags', 'birthDate');
const text = fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim().length > 0);
const scalar = fc.oneof(text, fc.integer({ min: -1000, max: 1000 }), fc.boolean());

function valueFor(op: OperatorId): fc.Arbitrary<ConditionModel['value']> {
  switch (arityOf(op)) {
    case 'none':
      return fc.constant(undefined);
    case 'two':
      return fc.tuple(fc.integer(), fc.integer());
    case 'list':
      return fc.array(scalar, { minLength: 1, maxLength: 4 });
    case 'one':
      return op === 'startsWith' || op === 'regex' ? text : op === 'contains' ? fc.oneof(text, fc.integer()) : scalar;
  }
}

const condition: fc.Arbitrary<ConditionModel> = fc
  .tuple(field, fc.constantFrom(...OPERATOR_IDS))
  .chain(([f, op]) => valueFor(op).map((value) => newCondition(f, op, value)));

const group: fc.Arbitrary<GroupModel> = fc.letrec<{ group: GroupModel }>((tie) => ({
  group: fc
    .tuple(fc.constantFrom('and' as const, 'or' as const), fc.array(fc.oneof({ depthSize: 'small' }, condition, tie('group')), { maxLength: 4 }))
    .map(([combinator, items]) => newGroup(combinator, items)),
})).group;

const model: fc.Arbitrary<QueryModel> = fc.record({
  type: fc.constant('Person'),
  where: group,
  orderBy: fc.array(fc.record({ field, direction: fc.constantFrom('asc' as const, 'desc' as const) }), { maxLength: 2 }),
  populate: fc.constant<string[]>([]),
  limit: fc.option(fc.integer({ min: 1, max: 500 }), { nil: undefined }),
}).map((m) => {
  const seen = new Set<string>();
  return { ...m, orderBy: m.orderBy.filter((s) => !seen.has(s.field) && seen.add(s.field)) };
});

describe('model ↔ where round trip', () => {
  it('reading back the JSON of any model gives a model with the same JSON', () => {
    fc.assert(
      fc.property(model, (m) => {
        const json = toQueryJson(m);
        const back = fromQueryJson('Person', JSON.parse(JSON.stringify(json)));
        expect(back.ok).toBe(true);
        if (back.ok) expect(toQueryJson(back.model)).toEqual(json);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the structure of a simple model: conditions, operators and values', () => {
    const m: QueryModel = {
      type: 'Person',
      where: newGroup('and', [
        newCondition('worksFor.name', 'eq', 'Acme Inc'),
        newCondition('age', 'between', [30, 40]),
        newGroup('or', [newCondition('name', 'startsWith', 'Jo'), newCondition('email', 'contains', 'example.com')]),
      ]),
      orderBy: [{ field: 'name', direction: 'asc' }],
      limit: 25,
      populate: [],
    };
    const back = fromJsonText('Person', toJsonText(m));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    const strip = (g: GroupModel): unknown => ({
      combinator: g.combinator,
      items: g.items.map((i) => (i.kind === 'group' ? strip(i) : { field: i.field, operator: i.operator, value: i.value })),
    });
    expect(strip(back.model.where)).toEqual(strip(m.where));
    expect(back.model.orderBy).toEqual(m.orderBy);
    expect(back.model.limit).toBe(25);
  });
});

describe('JSON the builder cannot show', () => {
  const cases: Array<[string, string]> = [
    ['{ "where": { "$not": { "age": 3 } } }', 'where.$not'],
    ['{ "where": { "address": { "city": "Oslo" } } }', 'where.address'],
    ['{ "where": { "age": { "$mod": [2, 0] } } }', 'where.age.$mod'],
    ['{ "where": { "age": { "$not": { "$gt": 3 } } } }', 'where.age.$not'],
    ['{ "filter": {} }', 'filter'],
    ['{ "orderBy": { "name": 1 } }', 'orderBy.name'],
    ['{ "limit": 0 }', 'limit'],
    ['{ "where": { "tags": ["a", "b"] } }', 'where.tags'],
  ];
  it.each(cases)('%s fails at %s with a message', (json, path) => {
    const result = fromJsonText('Person', json);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.path).toBe(path);
      expect(result.message.length).toBeGreaterThan(10);
    }
  });

  it('explains a JSON syntax error', () => {
    const result = fromJsonText('Person', '{ "where": ');
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('not valid JSON') });
  });
});

describe('reading hand-written JSON', () => {
  it('turns $eq, $in, $exists, $contains and $regex into the matching operators', () => {
    const result = fromQueryJson('Person', {
      where: { name: { $eq: 'Ada' }, age: { $gt: 3, $lt: 9 }, tags: { $contains: 'x' }, email: { $exists: false }, jobTitle: { $regex: '^eng', $options: 'im' } },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const summary = result.model.where.items.map((i) => (i.kind === 'condition' ? [i.field, i.operator, i.value, i.options] : i.kind));
    expect(summary).toEqual([
      ['name', 'eq', 'Ada', undefined],
      ['age', 'gt', 3, undefined],
      ['age', 'lt', 9, undefined],
      ['tags', 'contains', 'x', undefined],
      ['email', 'notExists', undefined, undefined],
      ['jobTitle', 'regex', '^eng', 'im'],
    ]);
  });

  it('reads the isEmpty shape back as one condition', () => {
    const result = fromQueryJson('Person', { where: { $or: [{ email: { $in: [null, ''] } }, { email: [] }] } });
    expect(result.ok && result.model.where.items[0]).toMatchObject({ kind: 'condition', field: 'email', operator: 'isEmpty' });
  });
});
