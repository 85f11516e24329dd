import { describe, expect, it } from 'vitest';
import { inferPiiKind, maskValue } from './masking';

describe('maskValue', () => {
  it('keeps each kind recognisable and hides the rest', () => {
    expect(maskValue('email', 'john.doe@example.com')).toBe('j***@example.com');
    expect(maskValue('phone', '+1 (555) 123-4567')).toBe('+* (***) ***-**67');
    expect(maskValue('name', 'John Ronald Doe')).toBe('J*** R*** D***');
    expect(maskValue('date', '1984-03-12')).toBe('****-**-**');
    expect(maskValue('identifier', '123-45-6789')).toBe('***-**-6789');
    expect(maskValue('text', 'Allergic to penicillin')).toBe('A*** [22 chars]');
  });

  it('masks structures leaf by leaf and keeps embedded type and id', () => {
    expect(maskValue('text', { $type: 'PostalAddress', streetAddress: '1 Main St', postalCode: 90210 })).toEqual({
      $type: 'PostalAddress',
      streetAddress: '1*** [9 chars]',
      postalCode: '***',
    });
    expect(maskValue('email', ['a@b.io', 'cd@e.org'])).toEqual(['a***@b.io', 'c***@e.org']);
    expect(maskValue('text', null)).toBeNull();
  });

  it('never returns the plaintext of a value long enough to hide', () => {
    const samples: Array<[Parameters<typeof maskValue>[0], string]> = [
      ['email', 'jane@corp.example'],
      ['phone', '+44 20 7946 0958'],
      ['name', 'Jane Roe'],
      ['date', '2001-01-01'],
      ['identifier', 'AB1234567'],
      ['text', 'secret'],
    ];
    for (const [kind, value] of samples) expect(maskValue(kind, value)).not.toBe(value);
  });

  it('guesses the kind from a field name', () => {
    expect(inferPiiKind('email')).toBe('email');
    expect(inferPiiKind('contactEmail')).toBe('email');
    expect(inferPiiKind('telephone')).toBe('phone');
    expect(inferPiiKind('givenName')).toBe('name');
    expect(inferPiiKind('birthDate')).toBe('date');
    expect(inferPiiKind('ssn')).toBe('identifier');
    expect(inferPiiKind('notes')).toBe('text');
  });
});
