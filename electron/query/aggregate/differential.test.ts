/**
 * Differential property test (RELIABILITY.md, Q3): random documents and random pipelines,
 * the engine's result against mingo's aggregation. Both the SQL path ($group compiled to
 * GROUP BY) and the JavaScript path are checked. Results are compared in order where the
 * pipeline fixes the order (a total $sort, or input order untouched by $group), as multisets
 * otherwise. Kept out of the generator on purpose (mingo departs from MongoDB there, see
 * date-format.test.ts for our own checks): `%w`, `%U` and `%G` formats, `$min`/`$max` across
 * types, non-integer sums, sorting by arrays or by objects.
 */
import fc from 'fast-check';
import { Aggregator } from 'mingo';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../store';
import { runInMemory } from './aggregate';

type Doc = Record<string, unknown>;

const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null | undefined> => fc.oneof({ weight: 4, arbitrary: arb }, fc.constant(null), fc.constant(undefined));
const doc = fc.record({
  g: maybe(fc.constantFrom('a', 'b', 'c')),
  n: maybe(fc.integer({ min: -5, max: 20 })),
  s: maybe(fc.constantFrom('x', 'y', 'z', 'xy', '')),
  tags: fc.oneof(fc.uniqueArray(fc.constantFrom('red', 'green', 'blue'), { maxLength: 3 }), fc.constant(undefined), fc.constant(null)),
  ts: fc.option(fc.date({ min: new Date('2024-01-30T00:00:00Z'), max: new Date('2024-02-02T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()), { nil: undefined }),
  sub: fc.option(fc.record({ k: maybe(fc.constantFrom('p', 'q')), v: maybe(fc.integer({ min: 0, max: 9 })) }), { nil: undefined }),
});

const FORMATS = ['%Y-%m-%d', '%Y-%m-%dT%H:00', '%H', '%j', '%m/%d %H:%M:%S.%L', '%u', '%V'];
const groupKey = fc.constantFrom<unknown>(null, '$g', '$s', '$sub.k', { a: '$g', b: '$sub.k' }, ...FORMATS.map((format) => ({ $dateToString: { format, date: '$ts' } })));
const operand = fc.constantFrom('$n', '$sub.v');
const accumulator = fc.oneof(
  fc.constantFrom<unknown>({ $sum: 1 }, { $count: {} }),
  operand.map((o) => ({ $sum: o })),
  operand.map((o) => ({ $avg: o })),
  fc.constantFrom('$min', '$max').chain((op) => fc.constantFrom('$n', '$s', '$sub.v').map((o) => ({ [op]: o }))),
  fc.constantFrom('$push', '$first', '$last').chain((op) => fc.constantFrom('$n', '$s', '$g', '$tags').map((o) => ({ [op]: o }))),
);
const group = fc
  .record({ _id: groupKey, x: accumulator, y: fc.option(accumulator, { nil: undefined }) })
  .map((g) => ({ $group: Object.fromEntries(Object.entries(g).filter(([, v]) => v !== undefined)) as Record<string, unknown> }));

const filter = fc.oneof(
  fc.constantFrom('a', 'b', null).map((v) => ({ g: v })),
  fc.integer({ min: -2, max: 15 }).map((v) => ({ n: { $gte: v } })),
  fc.constantFrom('x', 'y').map((v) => ({ s: { $ne: v } })),
  fc.constantFrom('red', 'blue').map((v) => ({ tags: v })),
  fc.boolean().map((v) => ({ 'sub.k': { $exists: v } })),
  fc.array(fc.constantFrom('p', 'q', null), { minLength: 1, maxLength: 2 }).map((v) => ({ 'sub.k': { $in: v } })),
);

interface Shape {
  fields: string[];
  /** Fields that identify a document, for a total sort. */
  unique: string[] | null;
  ordered: boolean;
  grouped: boolean;
  unwound: boolean;
  /** Fields that may hold arrays: sorting by them is where mingo departs from MongoDB. */
  arrays: string[];
}

/** One random next stage for the current shape, and the shape after it. */
function nextStage(shape: Shape): fc.Arbitrary<[Doc, Shape]> {
  const options: Array<fc.Arbitrary<[Doc, Shape]>> = [];
  if (!shape.grouped) {
    options.push(filter.map((f): [Doc, Shape] => [{ $match: f }, shape]));
    options.push(
      group.map((g): [Doc, Shape] => {
        const outputs = Object.keys(g.$group).filter((k) => k !== '_id');
        const arrays = outputs.filter((k) => JSON.stringify(g.$group[k]).includes('$push') || JSON.stringify(g.$group[k]).includes('$tags'));
        // mingo orders objects by value before field name, where MongoDB compares field names first.
        const composite = typeof g.$group._id === 'object' && g.$group._id !== null && !('$dateToString' in g.$group._id);
        return [g, { fields: ['_id', ...outputs], unique: composite ? null : ['_id'], ordered: false, grouped: true, unwound: false, arrays: composite ? [...arrays, '_id'] : arrays }];
      }),
    );
  } else {
    options.push(fc.integer({ min: 0, max: 3 }).map((v): [Doc, Shape] => [{ $match: { x: { $gte: v } } }, shape]));
  }
  if (!shape.grouped && !shape.unwound && shape.fields.includes('tags')) {
    options.push(
      fc.record({ preserve: fc.boolean(), index: fc.boolean() }).map(({ preserve, index }): [Doc, Shape] => [
        { $unwind: { path: '$tags', preserveNullAndEmptyArrays: preserve, ...(index ? { includeArrayIndex: 'idx' } : {}) } },
        { ...shape, unique: shape.unique ? [...shape.unique, 'tags'] : null, unwound: true, fields: index ? [...shape.fields, 'idx'] : shape.fields, arrays: [] },
      ]),
    );
  }
  const sortable = shape.fields.filter((f) => !shape.arrays.includes(f) && f !== 'sub');
  if (sortable.length > 0) options.push(
    fc.subarray(sortable, { minLength: 1, maxLength: Math.min(2, sortable.length) }).chain((keys) =>
      fc.array(fc.constantFrom(1, -1), { minLength: keys.length + (shape.unique?.length ?? 0), maxLength: keys.length + (shape.unique?.length ?? 0) }).map((dirs): [Doc, Shape] => {
        const all = [...keys, ...(shape.unique ?? []).filter((u) => !keys.includes(u))];
        return [{ $sort: Object.fromEntries(all.map((k, i) => [k, dirs[i] ?? 1])) }, { ...shape, ordered: shape.unique !== null }];
      }),
    ),
  );
  if (shape.ordered) {
    options.push(fc.integer({ min: 1, max: 6 }).map((n): [Doc, Shape] => [{ $limit: n }, shape]));
    options.push(fc.integer({ min: 0, max: 4 }).map((n): [Doc, Shape] => [{ $skip: n }, shape]));
  }
  const free = shape.fields.filter((f) => f !== '_id');
  if (free.length > 0) options.push(
    fc.subarray(free, { minLength: 1, maxLength: Math.min(3, free.length) }).chain((keep) =>
      fc.constantFrom('include', 'exclude', 'compute').map((mode): [Doc, Shape] => {
        if (mode === 'exclude') return [{ $project: Object.fromEntries(keep.map((k) => [k, 0])) }, { ...shape, fields: shape.fields.filter((f) => !keep.includes(f)), unique: shape.unique?.some((u) => keep.includes(u)) ? null : shape.unique }];
        const spec = Object.fromEntries(keep.map((k) => [k, mode === 'compute' ? `$${k}` : 1]));
        const kept = shape.grouped ? ['_id', ...keep] : keep;
        return [{ $project: spec }, { ...shape, fields: kept, unique: shape.unique?.every((u) => kept.includes(u)) ? shape.unique : null }];
      }),
    ),
  );
  return fc.oneof(...options);
}

const pipeline: fc.Arbitrary<{ stages: Doc[]; ordered: boolean }> = fc.integer({ min: 1, max: 5 }).chain((length) => {
  const start: Shape = { fields: ['i', 'g', 'n', 's', 'tags', 'ts', 'sub'], unique: ['i'], ordered: true, grouped: false, unwound: false, arrays: ['tags'] };
  let arb: fc.Arbitrary<{ stages: Doc[]; shape: Shape }> = fc.constant({ stages: [], shape: start });
  for (let k = 0; k < length; k++) arb = arb.chain(({ stages, shape }) => nextStage(shape).map(([stage, next]) => ({ stages: [...stages, stage], shape: next })));
  return arb.map(({ stages, shape }) => ({ stages, ordered: shape.ordered }));
});

/** Dates back to ISO text, undefined dropped: both sides in the same JSON form. */
function normalize(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

function toMingoDoc(d: Doc): Doc {
  const copy = structuredClone(d);
  if (typeof copy.ts === 'string') copy.ts = new Date(copy.ts);
  return copy;
}

const canonical = (docs: unknown[]) => docs.map((d) => JSON.stringify(sortKeys(d))).sort();
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, sortKeys(v)]));
  return value;
}

const store = openStore({ file: ':memory:', ttlSweepMs: 0 });
afterAll(() => store.close());
let run = 0;
let compared = 0;

describe('aggregation vs mingo', () => {
  it('agrees with mingo on random pipelines over random documents (SQL and JavaScript paths)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(doc, { minLength: 0, maxLength: 12 }), pipeline, fc.boolean(), async (rawDocs, { stages, ordered }, viaStore) => {
        const type = `T${++run}`;
        const docs = rawDocs.map((d, i) => ({ $id: `${type}-${String(i).padStart(3, '0')}`, i, ...Object.fromEntries(Object.entries(d).filter(([, v]) => v !== undefined)) }));
        await store.createMany(type, docs);
        const stored = await store.list(type, { orderBy: { $id: 'asc' } });
        const ours = viaStore ? await store.aggregate(type, stages) : runInMemory(stored, stages);
        const expected = normalize(new Aggregator(stages).run(stored.map(toMingoDoc))) as unknown[];
        const got = normalize(ours) as unknown[];
        compared += 1;
        if (ordered) expect(got).toEqual(expected);
        else expect(canonical(got)).toEqual(canonical(expected));
      }),
      { numRuns: 5000 },
    );
    expect(compared).toBeGreaterThanOrEqual(5000);
  }, 240_000);
});
