import { describe, expect, it } from 'vitest';
import { formatFieldPath, getAt, hasAt, isWithinPath, parseFieldPath, setAt, unsetAt } from './field-path';

describe('field paths', () => {
  it('formats and parses nested names, indexes and odd keys', () => {
    for (const segments of [['a'], ['a', 'b', 0, 'c'], ['keywords', 2], ['x.y', 'z'], ['a', '', 3], ['__proto__', 'b'], ['say "hi"']]) {
      expect(parseFieldPath(formatFieldPath(segments))).toEqual(segments);
    }
    expect(formatFieldPath(['worksFor', 'address', 'postalCode'])).toBe('worksFor.address.postalCode');
    expect(formatFieldPath(['keywords', 2])).toBe('keywords[2]');
  });

  it('refuses malformed paths', () => {
    for (const bad of ['', 'a..b', '.a', 'a.', 'a[x]', 'a[1', '1a']) expect(() => parseFieldPath(bad)).toThrow();
  });

  it('reads, writes and removes values without touching prototypes', () => {
    const doc: Record<string, unknown> = { a: { b: [1, 2, 3] } };
    expect(getAt(doc, ['a', 'b', 1])).toBe(2);
    expect(hasAt(doc, ['a', 'c'])).toBe(false);
    setAt(doc, ['x', 0, 'y'], 'v');
    expect(doc.x).toEqual([{ y: 'v' }]);
    setAt(doc, ['__proto__', 'polluted'], true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    unsetAt(doc, ['a', 'b', 0]);
    expect(doc.a).toEqual({ b: [2, 3] });
  });

  it('knows when a path lies within another', () => {
    expect(isWithinPath('address.city', 'address')).toBe(true);
    expect(isWithinPath('keywords[1]', 'keywords')).toBe(true);
    expect(isWithinPath('addressee', 'address')).toBe(false);
  });
});
