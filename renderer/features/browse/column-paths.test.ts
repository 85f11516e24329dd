import { describe, expect, it } from 'vitest';
import { descriptorOf, lookup } from '../../test/descriptors';
import { columnOptions, propertyAtPath, typesOnPath, valueAtPath } from './column-paths';

describe('column paths', () => {
  it('offers common properties first with their nested types', () => {
    const options = columnOptions(descriptorOf('Person'));
    expect(options[0]?.path).toBe('name');
    expect(options.find((o) => o.path === 'worksFor')?.nestedType).toBe('Organization');
    expect(columnOptions(descriptorOf('Organization'), 'worksFor')[0]?.path).toBe('worksFor.name');
  });

  it('finds the property at a nested path', () => {
    expect(propertyAtPath(lookup, 'Person', 'worksFor.naics')?.constraints.code?.list).toBe('naics');
    expect(propertyAtPath(lookup, 'Person', 'worksFor.nope')).toBeUndefined();
    expect(typesOnPath(lookup, 'Person', 'worksFor.address.postalCode')).toEqual(['Organization', 'PostalAddress']);
  });

  it('reads values through objects and lists', () => {
    const row = { worksFor: { name: 'Acme' }, knows: [{ name: 'A' }, { name: 'B' }] };
    expect(valueAtPath(row, 'worksFor.name')).toBe('Acme');
    expect(valueAtPath(row, 'knows.name')).toEqual(['A', 'B']);
    expect(valueAtPath(row, 'worksFor.address.city')).toBeUndefined();
  });
});
