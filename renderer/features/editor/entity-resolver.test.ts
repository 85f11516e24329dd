import { describe, expect, it } from 'vitest';
import { lookup } from '../../test/descriptors';
import { entityResolver, issueField, validateEntity } from './entity-resolver';

const run = (type: string, values: Record<string, unknown>) =>
  entityResolver(lookup, type)(values, undefined, { fields: {}, shouldUseNativeValidation: false });

describe('entityResolver', () => {
  it('accepts a valid entity and returns it pruned and normalised', async () => {
    const result = await run('Person', { name: 'Ada', email: '', worksFor: { $type: 'Organization', name: 'Acme', naics: '541511' } });
    expect(result.errors).toEqual({});
    expect(result.values).toEqual({ name: 'Ada', worksFor: { $type: 'Organization', name: 'Acme', naics: '541511' } });
  });

  it('puts a nested failure on its field', async () => {
    const result = await run('Person', { email: 'nope', worksFor: { $type: 'Organization', naics: 'abc' } });
    const errors = result.errors as Record<string, any>;
    expect(errors.email?.message).toMatch(/email/i);
    expect(errors.worksFor?.naics?.message).toMatch(/NAICS/);
  });

  it('reports required properties of custom types', () => {
    const result = validateEntity(lookup, 'Subscription', { seats: 0 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map(issueField).sort()).toEqual(['plan', 'seats', 'startDate']);
  });
});
