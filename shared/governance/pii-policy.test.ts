import { describe, expect, it } from 'vitest';
import { DEFAULT_PII_POLICY, keepMaskedValues, maskEntity, piiFieldsFrom, withoutUnchangedMasked } from './pii-policy';

const person = {
  $type: 'Person',
  $id: 'p1',
  name: 'Ann Lee',
  email: 'ann@example.com',
  telephone: '+15551234567',
  spouse: { $type: 'Person', name: 'Bo Lee', email: 'bo@example.com' },
  worksFor: { $type: 'Organization', name: 'Acme', email: 'info@acme.example' },
};

describe('maskEntity', () => {
  it('masks the default Person fields, embedded persons too, and lists the masked paths', () => {
    const masked: Record<string, unknown> = maskEntity(person, DEFAULT_PII_POLICY);
    expect(masked.email).toBe('a***@example.com');
    expect(masked.telephone).toBe('+*********67');
    expect(masked.name).toBe('Ann Lee');
    expect((masked.spouse as Record<string, unknown>).email).toBe('b***@example.com');
    expect((masked.worksFor as Record<string, unknown>).email).toBe('info@acme.example');
    expect(masked.$masked).toEqual(['email', 'telephone', 'spouse.email']);
    expect(JSON.stringify(masked)).not.toContain('ann@example.com');
  });

  it('leaves revealed paths as stored', () => {
    const masked: Record<string, unknown> = maskEntity(person, DEFAULT_PII_POLICY, new Set(['email']));
    expect(masked.email).toBe('ann@example.com');
    expect(masked.$masked).toEqual(['telephone', 'spouse.email']);
  });

  it('keeps the stored value when a write sends a field back exactly as it was masked', () => {
    const masked: Record<string, unknown> = maskEntity(person, DEFAULT_PII_POLICY);
    const incoming = { ...masked, telephone: '+15550000000' };
    const kept = keepMaskedValues(person, incoming, DEFAULT_PII_POLICY, 'Person');
    expect(kept.email).toBe('ann@example.com');
    expect(kept.telephone).toBe('+15550000000');
    expect(kept.$masked).toBeUndefined();
  });
});

describe('piiFieldsFrom', () => {
  it('builds fields from a list, guesses kinds, and makes encrypted fields personal data', () => {
    expect(piiFieldsFrom(['email', 'ssn'], ['ssn', 'notes'])).toEqual({
      email: { kind: 'email', encrypted: false },
      ssn: { kind: 'identifier', encrypted: true },
      notes: { kind: 'text', encrypted: true },
    });
    expect(piiFieldsFrom({ phone: { kind: 'phone' } })).toEqual({ phone: { kind: 'phone', encrypted: false } });
  });
});

describe('withoutUnchangedMasked', () => {
  it('leaves masked fields the user did not touch out of validation, and keeps edited ones', () => {
    const loaded = maskEntity(person, DEFAULT_PII_POLICY);
    expect(withoutUnchangedMasked({ ...loaded, telephone: '+15550001111', name: 'Ann B' }, loaded)).toEqual({
      $type: 'Person',
      $id: 'p1',
      name: 'Ann B',
      telephone: '+15550001111',
      spouse: loaded.spouse,
      worksFor: loaded.worksFor,
    });
    expect(withoutUnchangedMasked({ name: 'x' }, null)).toEqual({ name: 'x' });
  });
});
