import { describe, expect, it } from 'vitest';
import { isMasked, patchChanges, withoutUntouchedMasks } from './patch-changes';

describe('patchChanges', () => {
  it('sets and unsets only what changed, field by field inside embedded entities', () => {
    const before = { name: 'Ada', email: 'a***@example.com', worksFor: { $type: 'Organization', name: 'Acme', naics: '1' }, tags: ['a'] };
    const after = { name: 'Ada L', email: 'a***@example.com', worksFor: { $type: 'Organization', name: 'Acme', naics: '541511' }, knows: 'p2' };
    expect(patchChanges(before, after)).toEqual({ $set: { name: 'Ada L', 'worksFor.naics': '541511', knows: 'p2' }, $unset: { tags: '' } });
  });

  it('replaces an embedded entity whose type changed, and sends nothing when nothing changed', () => {
    expect(patchChanges({ s: { $type: 'Person', name: 'A' } }, { s: { $type: 'Organization', name: 'A' } })).toEqual({ $set: { s: { $type: 'Organization', name: 'A' } } });
    expect(patchChanges({ a: 1 }, { a: 1 })).toEqual({});
  });
});

describe('masked values', () => {
  it('recognises masks and leaves untouched ones out of validation', () => {
    expect(isMasked('j***@example.com')).toBe(true);
    expect(isMasked('jo@example.com')).toBe(false);
    const loaded = { email: 'a***@example.com', worksFor: { email: 'x***@acme.example' } };
    expect(withoutUntouchedMasks({ email: 'a***@example.com', worksFor: { email: 'new@acme.example' } }, loaded)).toEqual({ email: undefined, worksFor: { email: 'new@acme.example' } });
  });
});
