import { describe, expect, it } from 'vitest';
import { differs, entityValueMode, pruneEmpty, referenceId, toFormValues } from './form-values';

describe('form values', () => {
  it('keeps properties and drops the store bookkeeping', () => {
    expect(toFormValues({ $type: 'Person', $id: 'p1', $version: 3, name: 'Ada', deleted: true })).toEqual({ name: 'Ada' });
  });

  it('prunes what inputs leave empty, to any depth', () => {
    expect(
      pruneEmpty({ name: 'Ada', email: '', knows: [], worksFor: { $type: 'Organization', name: '' }, tags: ['a', ''], n: Number.NaN, ok: false, zero: 0 }),
    ).toEqual({ name: 'Ada', tags: ['a'], ok: false, zero: 0 });
  });

  it('tells references, embedded entities and text apart', () => {
    expect(entityValueMode('person-1', false)).toBe('reference');
    expect(entityValueMode('12 Main St', true)).toBe('data');
    expect(entityValueMode({ $type: 'Person', $id: 'p' }, true)).toBe('reference');
    expect(entityValueMode({ $type: 'Organization', name: 'Acme' }, false)).toBe('embedded');
    expect(entityValueMode({ $type: 'Organization' }, false)).toBe('embedded');
    expect(entityValueMode(undefined, false)).toBe('empty');
    expect(referenceId({ $id: 'x' })).toBe('x');
  });

  it('sees a change only where pruned values differ, whatever the key order', () => {
    expect(differs({ b: 1, a: { y: 2, x: '' } }, { a: { y: 2 }, b: 1 })).toBe(false);
    expect(differs({ a: 'x' }, { a: 'y' })).toBe(true);
  });
});
