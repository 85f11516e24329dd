import { describe, expect, it } from 'vitest';
import { EntityValidator, descriptorToZod } from './descriptor-to-zod';
import { TypeDescriptorSchema } from './descriptor';
import { miniLookup, miniTypes, prop, type } from './test-descriptors';

const validator = new EntityValidator(miniLookup);
const paths = (type: string, value: unknown) => {
  const r = validator.validate(type, value);
  return r.ok ? [] : r.issues.map((i) => i.path.join('.'));
};

describe('descriptor to zod', () => {
  it('descriptors are plain JSON that round-trips through their schema', () => {
    for (const d of miniTypes) expect(TypeDescriptorSchema.parse(JSON.parse(JSON.stringify(d)))).toEqual(d);
  });

  it('maps data types: text, URL, dates (Date objects become ISO strings), numbers, booleans', () => {
    const r = validator.validate('Person', { name: 'Ann', birthDate: new Date('1990-05-01T00:00:00Z'), height: 1.7, homepage: 'https://a.example' });
    expect(r).toMatchObject({ ok: true, value: { birthDate: '1990-05-01' } });
    expect(validator.validate('Offer', { validFrom: new Date('2024-01-01T10:00:00Z'), isGift: false })).toMatchObject({ ok: true, value: { validFrom: '2024-01-01T10:00:00.000Z' } });
    expect(paths('Person', { birthDate: '01/05/1990' })).toEqual(['birthDate']);
    expect(paths('Offer', { price: '12', isGift: 'yes', validFrom: 'soon' })).toEqual(['price', 'isGift', 'validFrom']);
    expect(paths('Person', { children: 1.5 })).toEqual(['children']);
    expect(paths('Thing', { url: 'not a url' })).toEqual(['url']);
  });

  it('accepts enumeration members by short name or schema.org IRI and stores the short name', () => {
    const r = validator.validate('Offer', { availability: 'https://schema.org/InStock' });
    expect(r).toMatchObject({ ok: true, value: { availability: 'InStock' } });
    const bad = validator.validate('Offer', { availability: 'Sometimes' });
    expect(bad.ok ? [] : bad.issues).toEqual([{ path: ['availability'], message: '"Sometimes" is not one of InStock, OutOfStock' }]);
  });

  it('accepts an entity range as embedded entity, $id string or { $type, $id }, subtypes included', () => {
    expect(paths('Person', { worksFor: { $type: 'Organization', name: 'Acme' } })).toEqual([]);
    expect(paths('Person', { worksFor: { $type: 'Corporation', name: 'Acme', tickerSymbol: 'ACME' } })).toEqual([]);
    expect(paths('Person', { worksFor: 'org-1' })).toEqual([]);
    expect(paths('Person', { worksFor: { $type: 'Corporation', $id: 'org-1' } })).toEqual([]);
    expect(paths('Person', { worksFor: { $type: 'Person', name: 'Bob' } })).toEqual(['worksFor.$type']);
    expect(paths('Person', { worksFor: { $type: 'Person', $id: 'p-1' } })).toEqual(['worksFor.$type']);
    expect(paths('Person', { worksFor: 42 })).toEqual(['worksFor']);
  });

  it('lets an embedded entity with a single entity range leave out its $type', () => {
    const r = validator.validate('Person', { worksFor: { name: 'Acme' } });
    expect(r).toMatchObject({ ok: true, value: { worksFor: { $type: 'Organization', name: 'Acme' } } });
  });

  it('discriminates polymorphic ranges by $type and validates with that type', () => {
    expect(paths('Person', { sponsor: { $type: 'Person', name: 'A' } })).toEqual([]);
    expect(paths('Person', { sponsor: { $type: 'Corporation', tickerSymbol: 'X' } })).toEqual([]);
    expect(paths('Person', { sponsor: { $type: 'Corporation', worksFor: 'x' } })).toEqual(['sponsor.worksFor']);
    expect(paths('Person', { sponsor: { name: 'no type' } })).toEqual(['sponsor.$type']);
  });

  it('reports nested failures on their full path', () => {
    const r = validator.validate('Person', { worksFor: { $type: 'Organization', address: { $type: 'PostalAddress', postalCode: 12345 } } });
    expect(r.ok ? [] : r.issues.map((i) => i.path)).toEqual([['worksFor', 'address', 'postalCode']]);
    expect(paths('Person', { knows: [{ $type: 'Person', name: 'A' }, { $type: 'Person', height: -1 }] })).toEqual(['knows.1.height']);
  });

  it('takes one value or an array as the multiplicity allows', () => {
    expect(paths('Person', { name: ['Ann', 'Annie'] })).toEqual([]);
    expect(paths('Person', { children: [1, 2] })).toEqual(['children']);
    expect(validator.validate('Person', { tags: 'a' })).toMatchObject({ ok: true, value: { tags: ['a'] } });
  });

  it('accepts any of several data ranges (Text | URL)', () => {
    expect(paths('Person', { homepage: 'plain words' })).toEqual([]);
    expect(paths('Person', { homepage: 3 })).toEqual(['homepage']);
  });

  it('checks constraints: email, E.164 phone (normalised), min, code lists', () => {
    expect(paths('Organization', { email: 'nope' })).toEqual(['email']);
    expect(validator.validate('Person', { telephone: '+1 (415) 555-0123' })).toMatchObject({ ok: true, value: { telephone: '+14155550123' } });
    expect(paths('Person', { telephone: '555-0123' })).toEqual(['telephone']);
    expect(paths('Person', { height: -2 })).toEqual(['height']);
    expect(paths('Organization', { naics: '541511' })).toEqual([]);
    const bad = validator.validate('Organization', { naics: '999999' });
    expect(bad.ok ? [] : bad.issues).toEqual([{ path: ['naics'], message: 'Unknown NAICS 2022 code "999999"' }]);
  });

  it('rejects unknown properties in strict mode and keeps them as warnings in warn mode', () => {
    const strict = validator.validate('Person', { name: 'A', nmae: 'B', worksFor: { $type: 'Organization', foo: 1 } });
    expect(strict.ok ? [] : strict.issues).toEqual([
      { path: ['nmae'], message: 'Person has no property "nmae" (did you mean "name"?)' },
      { path: ['worksFor', 'foo'], message: 'Organization has no property "foo"' },
    ]);
    const warn = validator.validate('Person', { name: 'A', nmae: 'B', worksFor: { $type: 'Organization', foo: 1 } }, 'warn');
    expect(warn).toMatchObject({ ok: true, value: { nmae: 'B', worksFor: { foo: 1 } } });
    expect(warn.warnings.map((w) => w.path)).toEqual([['nmae'], ['worksFor', 'foo']]);
    const failing = validator.validate('Person', { nmae: 'B', height: 'tall' }, 'warn');
    expect(failing).toMatchObject({ ok: false, issues: [{ path: ['height'] }], warnings: [{ path: ['nmae'] }] });
  });

  it('keeps bookkeeping fields and accepts superseded properties', () => {
    expect(paths('Person', { $id: 'p1', $version: 3, '@context': 'https://schema.org', oldField: 'x' })).toEqual([]);
  });

  it('rejects a $type that is not the type or a subtype, and checks a subtype with its own rules', () => {
    expect(paths('Organization', { $type: 'Person' })).toEqual(['$type']);
    expect(paths('Organization', { $type: 'Corporation', tickerSymbol: 5 })).toEqual(['tickerSymbol']);
  });

  it('enforces required properties and business rules on the fields they concern', () => {
    const order = type('Order', ['Thing'], [
      prop('total', [{ kind: 'data', type: 'Number' }], { required: true }),
      prop('subtotal', [{ kind: 'data', type: 'Number' }]),
      prop('tax', [{ kind: 'data', type: 'Number' }]),
      prop('item', [{ kind: 'data', type: 'Text' }]),
    ], { rules: [{ kind: 'sum', target: 'total', of: ['subtotal', 'tax'], tolerance: 0.005 }, { kind: 'minItems', path: 'item', min: 1 }] });
    const schema = descriptorToZod(order, miniLookup);
    expect(schema.safeParse({ total: 11, subtotal: 10, tax: 1, item: ['x'] }).success).toBe(true);
    const r = schema.safeParse({ total: 12, subtotal: 10, tax: 1 });
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['total', 'total must equal subtotal + tax (11), not 12'],
      ['item', 'item needs at least 1 item'],
    ]);
    expect(schema.safeParse({}).error?.issues.map((i) => i.path.join('.'))).toEqual(['total', 'item']);
  });

  it('rejects values that are not objects', () => {
    expect(paths('Person', 'Ann')).toEqual(['']);
  });
});
