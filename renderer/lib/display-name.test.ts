import { describe, expect, it } from 'vitest';
import { displayName, summarize } from './display-name';

describe('displayName', () => {
  it('prefers the name, then other name-like fields, then the id', () => {
    expect(displayName({ $id: 'p1', name: 'Ada' })).toBe('Ada');
    expect(displayName({ $id: 'o1', orderNumber: 'SO-1' })).toBe('SO-1');
    expect(displayName({ $id: 'p2', givenName: 'Grace', familyName: 'Hopper' })).toBe('Grace Hopper');
    expect(displayName({ $id: 'x9' })).toBe('x9');
  });
  it('summarizes an embedded entity without a name by its values', () => {
    expect(summarize({ $type: 'PostalAddress', streetAddress: '1 Main St', addressLocality: 'Austin', geo: {} })).toBe('1 Main St, Austin');
  });
});
