import { describe, expect, it } from 'vitest';
import { WorkspaceConfigSchema } from '../workspace/config-schema';
import { GovernancePolicy } from './policy';

describe('GovernancePolicy', () => {
  it('combines the built-in Person defaults, the schema flags, the collection settings and the settings saved in the app (key by key)', () => {
    const config = WorkspaceConfigSchema.parse({
      types: [{ name: 'Patient', extends: 'Person', properties: { diagnosis: { range: 'Text', pii: true } } }],
      extend: { Person: { properties: { ssn: { range: 'Text', pii: true, encrypted: true } } } },
      collections: { Person: { pii: { notes: { kind: 'text' } } } },
    });
    const policy = new GovernancePolicy(config, { Person: { encrypted: ['taxID'] } });
    expect(policy.forType('Person')?.pii).toMatchObject({
      email: { kind: 'email', encrypted: false },
      ssn: { kind: 'identifier', encrypted: true },
      taxID: { kind: 'identifier', encrypted: true },
    });
    expect(policy.forType('Person')?.pii.notes).toEqual({ kind: 'text', encrypted: false });
    expect(policy.forType('Person')?.encrypted.sort()).toEqual(['ssn', 'taxID']);
    expect(policy.forType('Patient')?.pii).toEqual({ diagnosis: { kind: 'text', encrypted: false } });
    expect(policy.rewritesWrites('Person')).toBe(true);
    expect(policy.rewritesWrites('Thing')).toBe(false);
  });

  it('can leave the built-in defaults out', () => {
    expect(new GovernancePolicy(WorkspaceConfigSchema.parse({ defaultPii: false })).piiPolicy()).toEqual({});
  });
});
