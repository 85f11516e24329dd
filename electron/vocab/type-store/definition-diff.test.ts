import { describe, expect, it } from 'vitest';
import { CustomTypeDefinitionSchema } from '../../../shared/vocab/custom-type';
import { diffDefinitions } from './definition-diff';

const def = (input: unknown) => CustomTypeDefinitionSchema.parse(input);
const v1 = def({ name: 'Plan2', properties: { tier: { enum: ['free', 'paid'] }, notes: { range: 'Text' } } });
const v2 = def({ name: 'Plan2', extends: 'Intangible', properties: { tier: { enum: ['free', 'paid', 'team'], required: true }, seats: { range: 'Integer' } } });

describe('diff of two definitions', () => {
  it('lists properties added, removed and changed, and changes outside the properties', () => {
    expect(diffDefinitions(v1, v2)).toEqual({
      added: ['seats'],
      removed: ['notes'],
      changed: [{ name: 'tier', changes: [{ field: 'enum', oldValue: ['free', 'paid'], newValue: ['free', 'paid', 'team'] }, { field: 'required', newValue: true }] }],
      other: [{ field: 'extends', oldValue: 'Thing', newValue: 'Intangible' }],
    });
  });

  it('shows a list-valued field (enum, range) whole, and other fields one by one', () => {
    const a = def({ name: 'T2', properties: { p: { range: 'Text', constraints: { min: 1, max: 5 } } } });
    const b = def({ name: 'T2', properties: { p: { range: ['Text', 'URL'], constraints: { min: 2, max: 5 } } } });
    expect(diffDefinitions(a, b).changed).toEqual([{ name: 'p', changes: [{ field: 'range', oldValue: 'Text', newValue: ['Text', 'URL'] }, { field: 'constraints.min', oldValue: 1, newValue: 2 }] }]);
  });

  it('shows a first version as all added and a deletion as all removed', () => {
    expect(diffDefinitions(null, v1)).toEqual({ added: ['tier', 'notes'], removed: [], changed: [], other: [] });
    expect(diffDefinitions(v2, null)).toEqual({ added: [], removed: ['tier', 'seats'], changed: [], other: [] });
  });
});
