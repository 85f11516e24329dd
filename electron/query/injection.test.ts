/**
 * Injection: field paths, operator names, values, regexes, sort keys, cursors and search
 * text crafted to break out of SQL or FTS5 syntax. Each is refused as BAD_QUERY or answered
 * correctly, never with a raw SQLite error, and a canary row is never read or changed.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StudioError } from '../../shared/errors';
import { openStore, type Store } from '../store';

const NASTY = [
  "'", '"', "') OR 1=1 --", '" OR ""="', '; DROP TABLE entities; --', '\u0000', 'a\u0000b', '..', '.', 'a..b', '$', '$.a', "$.a' ",
  '__proto__', 'constructor', 'prototype', 'a[0]', 'a]', '*', 'NEAR(a b)', 'body:x', '-x', '"unterminated', 'a OR b', '\\', '%', '_',
  'é', '😀', ' ', '', 'json_extract(doc,\'$\')', ')', '(', '/*', '*/', 'x\'||(SELECT doc FROM entities)||\'',
];

let db: Store;
beforeAll(async () => {
  db = openStore({ file: ':memory:', ttlSweepMs: 0 });
  await db.create('Secret', { $id: 'canary', token: 'canary-token' });
  await db.createMany('Person', [{ $id: 'p1', name: "O'Brien", note: 'say "hi"' }, { $id: 'p2', name: 'Ann', tags: ["'", '"'] }]);
});
afterAll(() => db.close());

async function canaryIntact(): Promise<void> {
  expect(await db.get('Secret', 'canary')).toMatchObject({ $version: 1, token: 'canary-token' });
  expect(await db.types()).toEqual([{ type: 'Person', count: 2 }, { type: 'Secret', count: 1 }]);
}

/** Runs a call; a failure must be a StudioError (BAD_QUERY or VALIDATION), never a raw error. */
async function safely(call: () => Promise<unknown>): Promise<unknown> {
  try {
    return await call();
  } catch (error) {
    expect(error).toBeInstanceOf(StudioError);
    expect(['BAD_QUERY', 'VALIDATION']).toContain((error as StudioError).code);
    expect((error as Error).message).not.toMatch(/SQLITE|syntax error|no such/i);
    return error;
  }
}

describe('injection', () => {
  it('values are parameters: quotes and SQL in values match literally', async () => {
    expect((await db.list('Person', { where: { name: "O'Brien" } })).map((e) => e.$id)).toEqual(['p1']);
    expect((await db.list('Person', { where: { tags: "'" } })).map((e) => e.$id)).toEqual(['p2']);
    expect(await db.list('Person', { where: { name: "') OR 1=1 --" } })).toEqual([]);
    expect(await db.list('Person', { where: { name: { $in: ["x' OR '1'='1", 'canary-token'] } } })).toEqual([]);
    await canaryIntact();
  });

  it('crafted field paths, operators and sort keys are BAD_QUERY', async () => {
    for (const bad of NASTY) {
      const results = [
        await safely(() => db.list('Person', { where: { [bad]: 1 } })),
        await safely(() => db.list('Person', { where: { name: { [bad]: 1 } } })),
        await safely(() => db.list('Person', { where: { [`name.${bad}`]: 1 } })),
        await safely(() => db.list('Person', { orderBy: { [bad]: 'asc' } })),
        await safely(() => db.count(bad, {})),
        await safely(() => db.get('Person', 'p1', { populate: [bad] })),
        await safely(() => db.patch('Person', 'p2', { $set: { [bad]: 1 } })),
        await safely(() => db.list('Person', { where: { name: { $regex: bad } } })),
        await safely(() => db.page('Person', { cursor: bad })),
      ];
      // Only names that are valid identifiers (none of these) could ever have run.
      expect(results.slice(0, 6).every((r) => r instanceof StudioError || Array.isArray(r) || typeof r === 'number' || r === null || typeof r === 'object')).toBe(true);
    }
    await canaryIntact();
  });

  it('search text never reaches FTS5 syntax', async () => {
    for (const text of NASTY) {
      const result = await safely(() => db.search(text, { type: 'Person' }));
      if (Array.isArray(result)) expect(result.every((e: { $type: string }) => e.$type === 'Person')).toBe(true);
    }
    expect((await db.search('brien')).map((e) => e.$id)).toEqual(['p1']);
    expect((await db.search('"hi" OR canary', { type: 'Person' })).map((e) => e.$id)).toEqual([]);
    await canaryIntact();
  });

  it('random filters built from hostile strings never produce a raw SQLite error', async () => {
    const hostile = fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 6 }));
    const leaf = fc.oneof(hostile, fc.integer(), fc.constant(null), fc.boolean(), fc.array(hostile, { maxLength: 2 }));
    const filter = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.dictionary(hostile, leaf, { maxKeys: 2 }),
        fc.dictionary(fc.constantFrom('name', 'tags', 'note'), fc.dictionary(fc.oneof(hostile, fc.constantFrom('$eq', '$regex', '$in', '$gt', '$contains', '$not', '$options')), leaf, { maxKeys: 2 }), { maxKeys: 2 }),
        fc.array(tie('node'), { maxLength: 2 }).map((xs) => ({ $or: xs })),
        tie('node').map((x) => ({ $not: x })),
      ),
    })).node;
    let cases = 0;
    await fc.assert(
      fc.asyncProperty(filter, fc.dictionary(hostile, fc.constantFrom('asc', 'desc'), { maxKeys: 2 }), async (where, orderBy) => {
        cases += 1;
        const result = await safely(() => db.list('Person', { where: where as Record<string, unknown>, orderBy: orderBy as Record<string, 'asc'> }));
        if (Array.isArray(result)) expect(result.every((e: { $type: string }) => e.$type === 'Person')).toBe(true);
      }),
      { numRuns: 2000, seed: 7 },
    );
    expect(cases).toBe(2000);
    await canaryIntact();
  });

  it('a 10,000-deep filter is refused without a stack overflow', async () => {
    let deep: Record<string, unknown> = { name: 'x' };
    for (let i = 0; i < 10_000; i += 1) deep = { $not: deep };
    await expect(db.list('Person', { where: deep })).rejects.toMatchObject({ code: 'BAD_QUERY' });
    await canaryIntact();
  });
});
