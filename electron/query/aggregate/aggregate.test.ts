import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../store';

const people = [
  { $id: 'p1', name: 'Ada', age: 36, worksFor: { name: 'Acme Inc' }, skills: ['math', 'code'], joined: '2024-03-05T10:20:30.123Z' },
  { $id: 'p2', name: 'Brian', age: 41, worksFor: { name: 'Acme Inc' }, skills: [], joined: '2024-03-05T11:05:00.000Z' },
  { $id: 'p3', name: 'Chen', age: 29, worksFor: { name: 'Globex' }, skills: ['code'], joined: '2024-03-06T10:00:00.000Z' },
  { $id: 'p4', name: 'Dora', worksFor: { name: 'Globex' }, joined: 'not a date' },
  { $id: 'p5', name: 'Eve', age: null },
];

let store: Store;
beforeAll(async () => {
  store = openStore({ file: ':memory:', ttlSweepMs: 0 });
  await store.createMany('Person', people);
});
afterAll(() => store.close());

const run = (pipeline: Array<Record<string, unknown>>) => store.aggregate('Person', pipeline);
const byId = (docs: Array<Record<string, unknown>>) => [...docs].sort((a, b) => JSON.stringify(a._id).localeCompare(JSON.stringify(b._id)));

describe('$group accumulators (compiled to SQL)', () => {
  it('computes $sum $avg $min $max $count per group, missing and null keys together', async () => {
    const docs = await run([
      { $group: { _id: '$worksFor.name', total: { $sum: '$age' }, n: { $sum: 1 }, avg: { $avg: '$age' }, min: { $min: '$age' }, max: { $max: '$name' }, count: { $count: {} } } },
    ]);
    expect(byId(docs)).toEqual([
      { _id: 'Acme Inc', total: 77, n: 2, avg: 38.5, min: 36, max: 'Brian', count: 2 },
      { _id: 'Globex', total: 29, n: 2, avg: 29, min: 29, max: 'Dora', count: 2 },
      { _id: null, total: 0, n: 1, avg: null, min: null, max: 'Eve', count: 1 },
    ]);
  });

  it('collects $push $first $last in input order, null for missing', async () => {
    const docs = await run([{ $group: { _id: '$worksFor.name', names: { $push: '$name' }, ages: { $push: '$age' }, first: { $first: '$age' }, last: { $last: '$age' } } }]);
    expect(byId(docs)).toEqual([
      { _id: 'Acme Inc', names: ['Ada', 'Brian'], ages: [36, 41], first: 36, last: 41 },
      { _id: 'Globex', names: ['Chen', 'Dora'], ages: [29, null], first: 29, last: null },
      { _id: null, names: ['Eve'], ages: [null], first: null, last: null },
    ]);
  });

  it('buckets by $dateToString, non-dates into null', async () => {
    const docs = await run([{ $group: { _id: { $dateToString: { format: '%Y-%m-%d %H:00', date: '$joined' } }, n: { $sum: 1 } } }, { $sort: { _id: 1 } }]);
    expect(docs).toEqual([
      { _id: null, n: 2 },
      { _id: '2024-03-05 10:00', n: 1 },
      { _id: '2024-03-05 11:00', n: 1 },
      { _id: '2024-03-06 10:00', n: 1 },
    ]);
  });

  it('groups by composite keys, leaving missing parts out', async () => {
    const docs = await run([{ $match: { $id: { $in: ['p1', 'p4', 'p5'] } } }, { $group: { _id: { org: '$worksFor.name', age: '$age' }, n: { $count: {} } } }]);
    expect(docs).toEqual(expect.arrayContaining([{ _id: { org: 'Acme Inc', age: 36 }, n: 1 }, { _id: { org: 'Globex' }, n: 1 }, { _id: { age: null }, n: 1 }]));
    expect(docs).toHaveLength(3);
  });

  it('makes no group from no input, and one group for _id null', async () => {
    expect(await run([{ $match: { name: 'Nobody' } }, { $group: { _id: null, n: { $sum: 1 } } }])).toEqual([]);
    expect(await run([{ $group: { _id: null, n: { $sum: 1 }, avg: { $avg: '$age' } } }])).toEqual([{ _id: null, n: 5, avg: (36 + 41 + 29) / 3 }]);
  });
});

describe('stages evaluated in the main process', () => {
  it('$match after $group filters the groups', async () => {
    const docs = await run([{ $group: { _id: '$worksFor.name', n: { $sum: 1 } } }, { $match: { n: { $gte: 2 } } }, { $sort: { _id: -1 } }]);
    expect(docs).toEqual([{ _id: 'Globex', n: 2 }, { _id: 'Acme Inc', n: 2 }]);
  });

  it('$sort orders across types (null, numbers, text) and breaks ties by input order', async () => {
    const docs = await run([{ $sort: { age: 1 } }, { $project: { _id: 0, name: 1 } }]);
    expect(docs.map((d) => d.name)).toEqual(['Dora', 'Eve', 'Chen', 'Ada', 'Brian']);
  });

  it('$project keeps, drops and computes fields', async () => {
    const [kept] = await run([{ $match: { $id: 'p1' } }, { $project: { name: 1, 'worksFor.name': 1, day: { $dateToString: { format: '%d/%m', date: '$joined' } } } }]);
    expect(kept).toEqual({ name: 'Ada', worksFor: { name: 'Acme Inc' }, day: '05/03' });
    const [dropped] = await run([{ $match: { $id: 'p3' } }, { $project: { skills: 0, joined: 0, $version: 0, $createdAt: 0, $updatedAt: 0 } }]);
    expect(dropped).toEqual({ $type: 'Person', $id: 'p3', name: 'Chen', age: 29, worksFor: { name: 'Globex' } });
  });

  it('$unwind makes one document per element, keeping empty ones only when asked', async () => {
    const plain = await run([{ $unwind: '$skills' }, { $project: { _id: 0, name: 1, skills: 1 } }]);
    expect(plain).toEqual([{ name: 'Ada', skills: 'math' }, { name: 'Ada', skills: 'code' }, { name: 'Chen', skills: 'code' }]);
    const kept = await run([{ $unwind: { path: '$skills', preserveNullAndEmptyArrays: true, includeArrayIndex: 'i' } }, { $project: { name: 1, skills: 1, i: 1 } }]);
    expect(kept.map((d) => [d.name, d.skills, d.i])).toEqual([
      ['Ada', 'math', 0],
      ['Ada', 'code', 1],
      ['Brian', undefined, null],
      ['Chen', 'code', 0],
      ['Dora', undefined, null],
      ['Eve', undefined, null],
    ]);
  });

  it('$skip and $limit page through results', async () => {
    const docs = await run([{ $match: { name: { $exists: true } } }, { $skip: 1 }, { $limit: 2 }, { $project: { _id: 0, name: 1 } }]);
    expect(docs).toEqual([{ name: 'Brian' }, { name: 'Chen' }]);
  });

  it('$group after $unwind runs in JavaScript with the same semantics', async () => {
    const docs = await run([{ $unwind: '$skills' }, { $group: { _id: '$skills', people: { $push: '$name' } } }, { $sort: { _id: 1 } }]);
    expect(docs).toEqual([{ _id: 'code', people: ['Ada', 'Chen'] }, { _id: 'math', people: ['Ada'] }]);
  });
});

describe('what the engine refuses', () => {
  const cases: Array<[string, unknown, string]> = [
    ['an unknown stage', [{ $lookup: { from: 'x' } }], 'pipeline[0].$lookup'],
    ['an unknown accumulator', [{ $group: { _id: null, x: { $stdDevPop: '$age' } } }], 'pipeline[0].$group.x.$stdDevPop'],
    ['a group without _id', [{ $group: { n: { $sum: 1 } } }], 'pipeline[0].$group'],
    ['a bad sort direction', [{ $sort: { age: 'up' } }], 'pipeline[0].$sort.age'],
    ['a mixed projection', [{ $project: { a: 1, b: 0 } }], 'pipeline[0].$project'],
    ['an unsupported expression', [{ $project: { a: { $add: [1, 2] } } }], 'pipeline[0].$project.a'],
    ['a bad date format', [{ $project: { a: { $dateToString: { format: '%Q', date: '$joined' } } } }], 'pipeline[0].$project.a.$dateToString.format'],
    ['a named time zone', [{ $project: { a: { $dateToString: { date: '$joined', timezone: 'Europe/Paris' } } } }], 'pipeline[0].$project.a.$dateToString.timezone'],
    ['a bad filter', [{ $match: { age: { $near: 3 } } }], 'where.age.$near'],
    ['a stage with two keys', [{ $limit: 1, $skip: 1 }], 'pipeline[0]'],
    ['a zero limit', [{ $limit: 0 }], 'pipeline[0].$limit'],
  ];
  it.each(cases)('refuses %s with BAD_QUERY at its place', async (_name, pipeline, at) => {
    await expect(store.aggregate('Person', pipeline as Array<Record<string, unknown>>)).rejects.toMatchObject({ code: 'BAD_QUERY', details: { path: at } });
  });
});

describe('scope', () => {
  it('leaves soft-deleted entities out and works on collections', async () => {
    const s = openStore({ file: ':memory:', ttlSweepMs: 0 });
    const tasks = s.collection('tasks', { type: 'Task', defaultFilters: { softDelete: true } });
    await tasks.create({ $id: 't1', done: true });
    await tasks.create({ $id: 't2', done: false });
    await tasks.delete('t1');
    expect(await tasks.aggregate([{ $group: { _id: '$done', n: { $sum: 1 } } }])).toEqual([{ _id: false, n: 1 }]);
    s.close();
  });
});
