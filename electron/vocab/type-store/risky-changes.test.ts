import { describe, expect, it } from 'vitest';
import type { CustomProperty } from '../../../shared/vocab/custom-type';
import { Vocabulary } from '../vocabulary';
import { riskyChanges } from './risky-changes';

const vocab = new Vocabulary();
const base = {
  name: 'Plan2',
  properties: {
    tier: { enum: ['free', 'paid'] },
    price: { range: 'Number', multiplicity: 'single' as const, constraints: { min: 0, maxLength: 10 } },
    owner: { range: 'Organization', multiplicity: 'single' as const },
    notes: { range: 'Text' },
  },
};

function changes(next: Record<string, CustomProperty>) {
  const before = vocab.previewCustomType(base).descriptor;
  const after = vocab.previewCustomType({ ...base, properties: next }).descriptor;
  return riskyChanges(before, after, (t, a) => vocab.isSubtypeOf(t, a)).map((c) => [c.property, c.change, c.where]);
}

describe('risky changes to a type', () => {
  it('finds nothing when properties are only added or widened', () => {
    expect(changes({ ...base.properties, extra: { range: 'Text' }, tier: { enum: ['free', 'paid', 'team'] }, price: { range: ['Number', 'Text'], constraints: { min: -5 } } })).toEqual([]);
  });

  it('names removed properties and lost enumeration values, with the filter of the entities using them', () => {
    const { notes: _notes, ...rest } = base.properties;
    expect(changes({ ...rest, tier: { enum: ['paid'] } })).toEqual([
      ['notes', 'removed', { notes: { $exists: true } }],
      ['tier', 'range no longer accepts free', { tier: { $in: ['free'] } }],
    ]);
  });

  it('treats a narrower entity range, a stricter multiplicity or constraint and a new requirement as risky', () => {
    expect(changes({ ...base.properties, owner: { range: 'Corporation', multiplicity: 'single' }, notes: { range: 'Text', multiplicity: 'repeated', required: true }, price: { range: 'Number', multiplicity: 'single', constraints: { min: 1, maxLength: 10 } } })).toEqual([
      ['notes', 'multiplicity single → repeated', { notes: { $exists: true } }],
      ['notes', 'now required', { notes: { $exists: false } }],
      ['owner', 'range no longer accepts Organization', { owner: { $exists: true } }],
      ['price', 'constraints tightened (min 1)', { price: { $exists: true } }],
    ]);
  });
});
