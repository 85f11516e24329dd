import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closest, editDistance } from './edit-distance';

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and transpositions', () => {
    expect(editDistance('persn', 'person')).toBe(1);
    expect(editDistance('preson', 'person')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('abc', 'xyzabc', 2)).toBe(3);
  });

  it('is symmetric and zero only for equal strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, b) === 0).toBe(a === b);
      }),
    );
  });

  it('finds the closest candidate within the budget', () => {
    expect(closest('emial', ['email', 'name'])).toBe('email');
    expect(closest('zzzz', ['email', 'name'])).toBeUndefined();
  });
});
