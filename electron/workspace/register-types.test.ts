import { describe, expect, it } from 'vitest';
import { Vocabulary } from '../vocab/vocabulary';
import { WorkspaceConfigSchema } from './config-schema';
import { registerWorkspaceTypes } from './register-types';

describe('registerWorkspaceTypes', () => {
  it("adds the configuration's types and extensions to the vocabulary", () => {
    const vocab = new Vocabulary();
    const config = WorkspaceConfigSchema.parse({
      types: [{ name: 'Badge', extends: 'Thing', properties: { code: { range: 'Text', required: true } } }],
      extend: { Person: { properties: { ssn: { range: 'Text', multiplicity: 'single', pii: true, encrypted: true } } } },
    });
    registerWorkspaceTypes(vocab, config);
    expect(vocab.hasType('Badge')).toBe(true);
    expect(vocab.type('Person').properties.find((p) => p.name === 'ssn')).toMatchObject({ pii: true, encrypted: true });
    expect(vocab.check('Person', { $type: 'Person', $id: 'p', name: 'A', ssn: '123-45-6789' }, 'strict').ok).toBe(true);
  });
});
