import { describe, expect, it } from 'vitest';
import { Vocabulary } from './vocabulary';

const vocab = new Vocabulary();

describe('Vocabulary: loading and counts', () => {
  it('reads nothing until first use', () => {
    const fresh = new Vocabulary();
    expect(fresh.loaded).toEqual({ schemaOrg: false, naics: false, onet: false });
    fresh.describe('Person');
    expect(fresh.loaded).toEqual({ schemaOrg: true, naics: false, onet: false });
  });

  it('loads as many terms as the source counts by schema.org method (release 30.0, all layers)', () => {
    expect(vocab.version()).toBe('30.0');
    expect(vocab.counts()).toEqual({ types: 823, properties: 1529, dataTypes: 19, enumerations: 96, enumerationMembers: 535 });
  });
});

describe('Vocabulary: hierarchy', () => {
  it('knows parents, several of them where schema.org has several', () => {
    expect(vocab.parents('Person')).toEqual(['Thing']);
    expect(vocab.parents('LocalBusiness').sort()).toEqual(['Organization', 'Place']);
    expect(vocab.ancestors('Restaurant')).toEqual(['FoodEstablishment', 'LocalBusiness', 'Place', 'Organization', 'Thing']);
  });

  it('lists subtypes transitively: a range Organization also accepts Corporation and LocalBusiness', () => {
    const subs = vocab.subtypes('Organization');
    expect(subs).toEqual(expect.arrayContaining(['Corporation', 'LocalBusiness', 'Restaurant', 'NGO']));
    expect(subs).not.toContain('Organization');
    expect(vocab.isSubtypeOf('Restaurant', 'Organization')).toBe(true);
    expect(vocab.isSubtypeOf('Person', 'Organization')).toBe(false);
  });

  it('summarises children with subtype counts', () => {
    const children = vocab.children('Thing').map((c) => c.name);
    expect(children).toEqual(expect.arrayContaining(['Person', 'Organization', 'CreativeWork', 'Place']));
    const org = vocab.summary('Organization');
    expect(org?.childCount).toBeGreaterThan(5);
    expect(org?.descendantCount).toBe(vocab.subtypes('Organization').length);
  });
});

describe('Vocabulary: properties and descriptors', () => {
  it('groups inherited properties by the ancestor that declares them: Person gets name from Thing', () => {
    const groups = vocab.properties('Person');
    expect(groups.map((g) => g.group)).toEqual(['Person', 'Thing']);
    const thing = groups.find((g) => g.group === 'Thing')?.properties.map((p) => p.name);
    expect(thing).toEqual(expect.arrayContaining(['name', 'description', 'url', 'identifier']));
    expect(groups[0]?.properties.map((p) => p.name)).toEqual(expect.arrayContaining(['worksFor', 'email', 'hasOccupation']));
  });

  it('puts each property in the nearest declaring group with several parents (LocalBusiness)', () => {
    const d = vocab.type('LocalBusiness');
    // Parents in schema.org's order (Place, Organization); a property both declare goes to the first.
    expect(d.groups).toEqual(['LocalBusiness', 'Place', 'Organization', 'Thing']);
    expect(d.properties.find((p) => p.name === 'openingHours')?.group).toBe('LocalBusiness');
    expect(d.properties.find((p) => p.name === 'geo')?.group).toBe('Place');
    expect(d.properties.find((p) => p.name === 'founder')?.group).toBe('Organization');
    expect(d.properties.find((p) => p.name === 'address')?.group).toBe('Place');
    expect(d.properties.filter((p) => p.name === 'address')).toHaveLength(1);
  });

  it('resolves ranges to data types, enumerations with members and entity types', () => {
    const d = vocab.type('Offer');
    const ranges = (name: string) => d.properties.find((p) => p.name === name)?.ranges;
    expect(ranges('price')).toEqual(expect.arrayContaining([{ kind: 'data', type: 'Number' }, { kind: 'data', type: 'Text' }]));
    expect(ranges('availability')).toEqual([{ kind: 'enumeration', type: 'ItemAvailability', members: expect.arrayContaining(['InStock', 'OutOfStock', 'PreOrder']) }]);
    expect(ranges('seller')).toEqual(expect.arrayContaining([{ kind: 'entity', type: 'Organization' }, { kind: 'entity', type: 'Person' }]));
  });

  it('hides superseded properties by default and keeps them readable', () => {
    expect(vocab.properties('Person').flatMap((g) => g.properties).some((p) => p.name === 'colleagues')).toBe(false);
    const colleagues = vocab.type('Person').properties.find((p) => p.name === 'colleagues');
    expect(colleagues).toMatchObject({ superseded: true, supersededBy: ['colleague'] });
    expect(vocab.properties('Person', { includeSuperseded: true }).flatMap((g) => g.properties).some((p) => p.name === 'colleagues')).toBe(true);
  });

  it('flags pending terms and personal data', () => {
    const person = vocab.type('Person');
    expect(person.properties.find((p) => p.name === 'email')).toMatchObject({ pii: true, constraints: { format: 'email' } });
    expect(vocab.type('Organization').properties.find((p) => p.name === 'name')?.pii).toBe(false);
    expect(vocab.type('Person').properties.find((p) => p.name === 'pronouns')?.pending).toBe(true);
  });

  it('lists enumeration members, sub-enumerations included', () => {
    const e = vocab.enumeration('ItemAvailability');
    expect(e?.members.map((m) => m.name)).toEqual(expect.arrayContaining(['InStock', 'OutOfStock', 'BackOrder']));
    expect(vocab.enumeration('Person')).toBeUndefined();
    expect(vocab.type('MedicalEnumeration').members?.length).toBeGreaterThan(10);
  });

  it('answers NOT_FOUND for an unknown type', () => {
    expect(() => vocab.type('Nope')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});
