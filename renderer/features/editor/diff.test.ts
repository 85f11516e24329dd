import { describe, expect, it } from 'vitest';
import { diffEntities, diffText } from './diff';

describe('diffEntities', () => {
  it('lists the leaf paths that differ', () => {
    const mine = { name: 'Ada', jobTitle: 'Engineer', worksFor: { $type: 'Organization', name: 'Acme' }, tags: ['a'] };
    const theirs = { name: 'Ada', jobTitle: 'CTO', worksFor: { $type: 'Organization', name: 'Acme Inc' }, email: 'a@b.c', tags: ['a'] };
    expect(diffEntities(mine, theirs)).toEqual([
      { path: 'jobTitle', mine: 'Engineer', theirs: 'CTO' },
      { path: 'worksFor.name', mine: 'Acme', theirs: 'Acme Inc' },
      { path: 'email', mine: undefined, theirs: 'a@b.c' },
    ]);
  });
  it('ignores bookkeeping', () => {
    expect(diffEntities({ $version: 1, name: 'A' }, { $version: 2, name: 'A' })).toEqual([]);
    expect(diffText(undefined)).toBe('(not set)');
  });
});
