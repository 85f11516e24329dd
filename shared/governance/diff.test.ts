import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffEntities, redoChanges, undoChanges } from './diff';

const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(null, true, false, 0, 1, -2.5, '', 'a', 'x.y'),
    fc.string({ maxLength: 6 }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'c', 'x.y', '0', '__proto__', ''), tie('value'), { maxKeys: 4 }),
  ),
}));
const entity = fc.dictionary(fc.constantFrom('name', 'address', 'keywords', 'status', 'odd key', 'n'), json.value, { maxKeys: 5 });

describe('diffEntities', () => {
  it('names nested fields and array elements', () => {
    const before = { $type: 'Person', $id: 'p1', $version: 1, name: 'Ann', address: { city: 'Oslo', zip: '0150' }, keywords: ['a', 'b', 'c'] };
    const after = { $type: 'Person', $id: 'p1', $version: 2, name: 'Ann', address: { city: 'Bergen', zip: '0150' }, keywords: ['a', 'B'], email: 'a@x.io' };
    expect(diffEntities(before, after)).toEqual([
      { field: 'address.city', oldValue: 'Oslo', newValue: 'Bergen' },
      { field: 'keywords[1]', oldValue: 'b', newValue: 'B' },
      { field: 'keywords[2]', oldValue: 'c' },
      { field: 'email', newValue: 'a@x.io' },
    ]);
  });

  it('ignores the store bookkeeping', () => {
    expect(diffEntities({ $type: 'T', $id: '1', $version: 1, $updatedAt: 'a' }, { $type: 'T', $id: '1', $version: 2, $updatedAt: 'b' })).toEqual([]);
  });

  it('undo and redo are exact inverses for any pair of documents', () => {
    fc.assert(
      fc.property(entity, entity, (before, after) => {
        const changes = JSON.parse(JSON.stringify(diffEntities(before, after)));
        expect(undoChanges(after, changes)).toEqual(before);
        expect(redoChanges(before, changes)).toEqual(after);
      }),
      { numRuns: 2000 },
    );
  });

  it('rebuilds every version of a chain from the last one', () => {
    fc.assert(
      fc.property(fc.array(entity, { minLength: 2, maxLength: 6 }), (versions) => {
        const diffs = versions.slice(1).map((v, i) => diffEntities(versions[i], v));
        let doc: Record<string, unknown> = versions[versions.length - 1]!;
        for (let i = diffs.length - 1; i >= 0; i--) {
          doc = undoChanges(doc, diffs[i]!);
          expect(doc).toEqual(versions[i]);
        }
      }),
      { numRuns: 500 },
    );
  });
});
