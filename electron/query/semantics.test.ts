/**
 * Hand-written semantic vectors, in our own words: what MongoDB's documented rules say a
 * filter matches (null vs missing, $in, arrays, nested paths, type brackets, negations),
 * plus `$contains`, which MongoDB does not have.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store';

const DOCS: Record<string, Record<string, unknown>> = {
  missing: {},
  nil: { v: null },
  one: { v: 1 },
  oneReal: { v: 1.0 },
  yes: { v: true },
  no: { v: false },
  textOne: { v: '1' },
  text: { v: 'Jonas' },
  list: { v: [1, 2, 3] },
  listNull: { v: [null, 'x'] },
  empty: { v: [] },
  obj: { v: { w: 1 } },
  objs: { v: [{ w: 1 }, { w: 'a' }, { u: 2 }] },
  objNull: { v: { w: null } },
};

let db: Store;
beforeAll(async () => {
  db = openStore({ file: ':memory:', ttlSweepMs: 0 });
  await db.createMany('Thing', Object.entries(DOCS).map(([$id, doc]) => ({ $id, ...doc })));
});
afterAll(() => db.close());

async function ids(where: Record<string, unknown>): Promise<string[]> {
  return (await db.list('Thing', { where })).map((e) => e.$id).sort();
}

const sorted = (xs: string[]) => [...xs].sort();
const all = Object.keys(DOCS);
const except = (...xs: string[]) => sorted(all.filter((x) => !xs.includes(x)));

describe('semantic vectors', () => {
  const cases: Array<[string, Record<string, unknown>, string[]]> = [
    ['null matches a null value and a missing field, not an empty array', { v: null }, ['listNull', 'missing', 'nil']],
    ['$ne null is everything that has a non-null value', { v: { $ne: null } }, except('listNull', 'missing', 'nil')],
    ['$exists is about presence: null counts as present', { v: { $exists: true } }, except('missing')],
    ['$exists false is only the missing field', { v: { $exists: false } }, ['missing']],
    ['1 equals 1 and 1.0 but never true or "1"', { v: 1 }, ['list', 'one', 'oneReal']],
    ['true equals only true', { v: true }, ['yes']],
    ['"1" equals only the string', { v: '1' }, ['textOne']],
    ['an array matches when one element matches', { v: 2 }, ['list']],
    ['a whole array matches exactly', { v: [1, 2, 3] }, ['list']],
    ['an array in a different order does not match', { v: [3, 2, 1] }, []],
    ['$gt compares numbers with numbers only', { v: { $gt: 0 } }, ['list', 'one', 'oneReal']],
    ['$lt on strings never includes numbers', { v: { $lt: 'Z' } }, ['text', 'textOne']],
    ['$gte on strings includes the array of strings', { v: { $gte: 'x' } }, ['listNull']],
    ['$in is any of the values, with array elements', { v: { $in: [3, 'Jonas', false] } }, ['list', 'no', 'text']],
    ['$in with null also matches missing fields', { v: { $in: [null] } }, ['listNull', 'missing', 'nil']],
    ['$nin is the complement of $in, including missing fields', { v: { $nin: [1, null] } }, except('list', 'listNull', 'missing', 'nil', 'one', 'oneReal')],
    ['$ne matches missing fields', { v: { $ne: 1 } }, except('list', 'one', 'oneReal')],
    ['a path reaches into an object', { 'v.w': 1 }, ['obj', 'objs']],
    ['a path reaches into every object of an array', { 'v.w': 'a' }, ['objs']],
    ['null on a nested path: null there, or the path absent without an array on the way', { 'v.w': null }, except('empty', 'list', 'listNull', 'obj', 'objs')],
    ['$exists on a nested path through an array', { 'v.u': { $exists: true } }, ['objs']],
    ['$regex matches strings (and string elements), never numbers', { v: { $regex: '^(1|x)$' } }, ['listNull', 'textOne']],
    ['$regex with the i flag', { v: { $regex: '^jo', $options: 'i' } }, ['text']],
    ['$not inverts an operator and includes missing fields', { v: { $not: { $gt: 1 } } }, except('list')],
    ['$and, $or and $not combine', { $or: [{ v: true }, { $and: [{ 'v.w': { $exists: true } }, { $not: { 'v.w': 'a' } }] }] }, ['obj', 'objNull', 'yes']],
    ['$contains: an array with the element', { v: { $contains: 'x' } }, ['listNull']],
    ['$contains: a string containing the text, ignoring case', { v: { $contains: 'NAS' } }, ['text']],
    ['$contains with a number only looks at array elements', { v: { $contains: 3 } }, ['list']],
    ['$id and $type are columns', { $id: { $in: ['one', 'text', 'ghost'] }, $type: 'Thing' }, ['one', 'text']],
    ['$version compares as a number', { $version: { $gte: 1 } }, all],
  ];
  for (const [name, where, expected] of cases) {
    it(name, async () => {
      expect(await ids(where)).toEqual(sorted(expected));
    });
  }
});

describe('bad queries are refused before anything runs', () => {
  const bad: Array<[string, unknown, string]> = [
    ['unknown operator', { v: { $near: 1 } }, 'where.v.$near'],
    ['unknown top-level operator', { $where: 'sleep(1)' }, 'where.$where'],
    ['operator next to a field name', { v: { $gt: 1, w: 2 } }, 'where.v'],
    ['empty $or', { $or: [] }, 'where.$or'],
    ['regex that does not compile', { v: { $regex: '(' } }, 'where.v.$regex'],
    ['unknown regex flag', { v: { $regex: 'a', $options: 'g' } }, 'where.v.$regex'],
    ['$options without $regex', { v: { $options: 'i' } }, 'where.v.$options'],
    ['$in not an array', { v: { $in: 3 } }, 'where.v.$in'],
    ['$in with an object', { v: { $in: [{ a: 1 }] } }, 'where.v.$in[0]'],
    ['range with null', { v: { $gt: null } }, 'where.v.$gt'],
    ['$exists not a boolean', { v: { $exists: 'yes' } }, 'where.v.$exists'],
    ['malformed path', { 'v..w': 1 }, 'where.v..w'],
    ['array index path', { 'v.0': 1 }, 'where.v.0'],
    ['prototype path', { '__proto__.x': 1 }, 'where.__proto__.x'],
    ['filter not an object', [1, 2], 'where'],
    ['too deep', JSON.parse('{"$and":[' .repeat(40) + '{"v":1}' + ']}'.repeat(40)), ''],
  ];
  for (const [name, where, path] of bad) {
    it(name, async () => {
      const error = await db.list('Thing', { where: where as Record<string, unknown> }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'BAD_QUERY' });
      if (path) expect((error as { details: { path: string } }).details.path).toBe(path);
    });
  }
});
