/**
 * Differential property test: random documents and random filters, the compiled SQL's
 * result against mingo's (the MongoDB-semantics oracle). Documents mix nulls, missing
 * fields, booleans and numbers, numeric strings, nested objects and arrays. Outside the
 * generator on purpose (documented in docs/engine-api.md): arrays directly inside arrays or
 * inside array elements, equality with objects, and array equality on nested paths — where
 * mingo departs from MongoDB.
 */
import fc from 'fast-check';
import { Query } from 'mingo';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../store';

const KEYS = ['a', 'b', 'c'] as const;
const PATHS = ['a', 'b', 'c', 'a.b', 'a.c', 'b.a', 'a.b.c', 'c.a.b'];
const STRINGS = ['', 'x', 'y', 'X', 'xy', 'yx', '1', '2', 'é'];

const scalar = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -2, max: 3 }),
  fc.constantFrom(1.5, -0.5, 0),
  fc.constantFrom(...STRINGS),
);

/** A value; `underArray` forbids arrays (no arrays inside array elements). */
function value(depth: number, underArray: boolean, arrays: boolean): fc.Arbitrary<unknown> {
  if (depth <= 0) return scalar;
  const options: Array<fc.Arbitrary<unknown>> = [scalar, scalar, object(depth - 1, underArray, arrays)];
  if (arrays && !underArray) {
    options.push(fc.array(fc.oneof(scalar, object(depth - 1, true, arrays)), { maxLength: 3 }));
  }
  return fc.oneof(...options);
}

function object(depth: number, underArray: boolean, arrays: boolean): fc.Arbitrary<Record<string, unknown>> {
  return fc.dictionary(fc.constantFrom(...KEYS), value(depth, underArray, arrays), { maxKeys: 3 });
}

const docs = fc.boolean().chain((arrays) => fc.array(object(3, false, arrays), { minLength: 1, maxLength: 8 }));

const rangeValue = fc.oneof(fc.integer({ min: -2, max: 3 }), fc.constant(1.5), fc.constantFrom(...STRINGS));
const regex = fc.record({ $regex: fc.constantFrom('^x', 'y$', 'X', '^$', '1', 'x|y', '^x.*y$'), $options: fc.constantFrom(undefined, 'i') }).map((r) =>
  r.$options === undefined ? { $regex: r.$regex } : r,
);

const operator: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  scalar.map((v) => ({ $eq: v })),
  scalar.map((v) => ({ $ne: v })),
  fc.constantFrom('$gt', '$gte', '$lt', '$lte').chain((op) => rangeValue.map((v) => ({ [op]: v }))),
  fc.array(scalar, { maxLength: 3 }).map((v) => ({ $in: v })),
  fc.array(scalar, { maxLength: 3 }).map((v) => ({ $nin: v })),
  fc.boolean().map((v) => ({ $exists: v })),
  regex,
);

const condition = fc.constantFrom(...PATHS).chain((path) =>
  fc.oneof(
    scalar.map((v) => ({ [path]: v })),
    operator.map((op) => ({ [path]: op })),
    operator.map((op) => ({ [path]: { $not: op } })),
    path.includes('.') ? scalar.map((v) => ({ [path]: v })) : fc.array(scalar, { maxLength: 2 }).map((v) => ({ [path]: v })),
  ),
);

const where: fc.Arbitrary<Record<string, unknown>> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    condition,
    fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((items) => ({ $and: items })),
    fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((items) => ({ $or: items })),
    tie('node').map((item) => ({ $not: item })),
  ),
})).node as fc.Arbitrary<Record<string, unknown>>;

/** Top-level `$not` is ours; mingo spells it `$nor`. */
function toMingo(q: unknown): unknown {
  if (Array.isArray(q)) return q.map(toMingo);
  if (q === null || typeof q !== 'object') return q;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(q)) {
    if (k === '$not' && typeof v === 'object' && v !== null && !Object.keys(v).some((x) => x.startsWith('$'))) out.$nor = [toMingo(v)];
    else if (k === '$not' && typeof v === 'object' && v !== null && Object.keys(v).some((x) => x === '$and' || x === '$or' || x === '$not')) out.$nor = [toMingo(v)];
    else out[k] = k === '$and' || k === '$or' ? toMingo(v) : v;
  }
  return out;
}

/** 1,100 runs of 5 filters: 5,500 compared queries (about 20 s on 2 cores). */
const RUNS = Number(process.env.DIFF_RUNS ?? 1100);

const store = openStore({ file: ':memory:', ttlSweepMs: 0 });
afterAll(() => store.close());

describe('where compiler vs mingo', () => {
  let typeNo = 0;
  let queries = 0;
  let partial = 0;
  const mismatches: unknown[] = [];

  it('agrees with mingo on random documents and filters', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(docs, fc.array(where, { minLength: 5, maxLength: 5 }), fc.constantFrom('none', 'indexes'), async (batch, filters, indexing) => {
        typeNo += 1;
        // Fresh types keep their shape narrow; a few indexed types are reused (each index
        // costs every insert), emptied after each run.
        const type = indexing === 'indexes' ? `Indexed${typeNo % 8}` : `T${typeNo}`;
        if (indexing === 'indexes') {
          await store.collection(type, { indexes: ['a', 'a.b', { field: 'b', caseInsensitive: true }, 'c.a.b'] }).ready;
          await store.deleteMany(type, { force: true });
        }
        const created = await store.createMany(type, batch);
        for (const filter of filters) {
          queries += 1;
          const expected = created.filter((e) => new Query(toMingo(filter) as Record<string, unknown>).test(e)).map((e) => e.$id).sort();
          if (expected.length > 0 && expected.length < created.length) partial += 1;
          const actual = (await store.list(type, { where: filter })).map((e) => e.$id).sort();
          if (JSON.stringify(actual) !== JSON.stringify(expected)) {
            mismatches.push({ filter, docs: batch, expected, actual });
            return false;
          }
        }
        return true;
      }),
      { numRuns: RUNS, seed: Number(process.env.DIFF_SEED ?? 20261129), endOnFailure: process.env.DIFF_SHRINK !== '1' },
    );
    expect(mismatches.slice(0, 1)).toEqual([]);
    expect(queries).toBe(RUNS * 5);
    // The filters are not trivial: a good share select some but not all documents.
    expect(partial / queries).toBeGreaterThan(0.1);
  });
});
