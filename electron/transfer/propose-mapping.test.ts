import { describe, expect, it } from 'vitest';
import { proposeMapping } from './propose-mapping';
import { mappingTargets, targetForPath } from './property-paths';
import { testVocabulary } from './testing-store';

const lookup = testVocabulary().lookup;
const targets = mappingTargets(lookup, 'Person');
const propose = (headers: string[]) => proposeMapping(headers, [], targets, (path) => targetForPath(lookup, 'Person', path));
const summary = (headers: string[]) => propose(headers).map((c) => [c.header, c.property, c.confidence]);

describe('proposeMapping for Person', () => {
  it('matches headers that name properties, however they are written', () => {
    expect(summary(['ID', 'Given Name', 'family_name', 'E-mail', 'Job Title', 'birthDate'])).toEqual([
      ['ID', '$id', 'high'],
      ['Given Name', 'givenName', 'high'],
      ['family_name', 'familyName', 'high'],
      ['E-mail', 'email', 'high'],
      ['Job Title', 'jobTitle', 'high'],
      ['birthDate', 'birthDate', 'high'],
    ]);
  });

  it('knows the words spreadsheets use for schema.org paths', () => {
    expect(summary(['Full Name', 'Phone', 'Company', 'Zip', 'City', 'Country', 'DOB'])).toEqual([
      ['Full Name', 'name', 'high'],
      ['Phone', 'telephone', 'high'],
      ['Company', 'worksFor.name', 'high'],
      ['Zip', 'address.postalCode', 'high'],
      ['City', 'address.addressLocality', 'high'],
      ['Country', 'address.addressCountry', 'high'],
      ['DOB', 'birthDate', 'high'],
    ]);
  });

  it('accepts dotted paths, proposes typos with low confidence and leaves the rest unmapped', () => {
    expect(summary(['address.postalCode', 'worksFor.address.addressLocality', 'Adress', 'Favourite colour', 'Name'])).toEqual([
      ['address.postalCode', 'address.postalCode', 'high'],
      ['worksFor.address.addressLocality', 'worksFor.address.addressLocality', 'high'],
      ['Adress', 'address', 'low'],
      ['Favourite colour', null, 'none'],
      ['Name', 'name', 'high'],
    ]);
  });

  it('reads each column by its property range and keeps sample values', () => {
    const [email, height, knows] = proposeMapping(['email', 'height', 'knowsLanguage'], [['a@b.example', '180', '["en"]'], ['', '', '']], targets);
    expect(email).toMatchObject({ kind: 'text', samples: ['a@b.example'] });
    expect(height!.property).toBe('height');
    expect(knows).toMatchObject({ kind: 'text', multiple: true });
  });
});
