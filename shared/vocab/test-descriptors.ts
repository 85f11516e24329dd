/** Small hand-made descriptors for the pure tests of `shared/vocab` (no vocabulary data needed). */
import type { DescriptorLookup, PropertyDescriptor, RangeDescriptor, TypeDescriptor } from './descriptor';

/** A property with defaults for everything but its name and ranges. */
export function prop(name: string, ranges: RangeDescriptor[], extra: Partial<PropertyDescriptor> = {}): PropertyDescriptor {
  return { name, description: '', group: 'Thing', ranges, multiplicity: 'either', required: false, pii: false, encrypted: false, constraints: {}, pending: false, superseded: false, ...extra };
}

/** A type with defaults for everything but its name, ancestors and properties. */
export function type(name: string, ancestors: string[], properties: PropertyDescriptor[], extra: Partial<TypeDescriptor> = {}): TypeDescriptor {
  return { name, description: '', kind: 'type', source: 'schema.org', layer: 'core', pending: false, superseded: false, parents: ancestors.slice(0, 1), ancestors, groups: [name, ...ancestors], properties, rules: [], ...extra };
}

const text: RangeDescriptor = { kind: 'data', type: 'Text' };
const entity = (t: string): RangeDescriptor => ({ kind: 'entity', type: t });

/** Thing, Organization, Corporation, Person, PostalAddress and Offer, cut down to a few properties each. */
export const miniTypes: TypeDescriptor[] = [
  type('Thing', [], [prop('name', [text]), prop('url', [{ kind: 'data', type: 'URL' }])]),
  type('PostalAddress', ['Thing'], [prop('postalCode', [text], { group: 'PostalAddress' }), prop('addressCountry', [text], { group: 'PostalAddress' })]),
  type('Organization', ['Thing'], [
    prop('name', [text]),
    prop('address', [entity('PostalAddress'), text], { group: 'Organization' }),
    prop('naics', [text], { group: 'Organization', constraints: { code: { list: 'naics', codeLike: false } } }),
    prop('foundingDate', [{ kind: 'data', type: 'Date' }], { group: 'Organization' }),
    prop('email', [text], { group: 'Organization', constraints: { format: 'email' } }),
  ]),
  type('Corporation', ['Organization', 'Thing'], [prop('name', [text]), prop('tickerSymbol', [text], { group: 'Corporation' })]),
  type('Person', ['Thing'], [
    prop('name', [text], { pii: true }),
    prop('worksFor', [entity('Organization')], { group: 'Person' }),
    prop('knows', [entity('Person')], { group: 'Person' }),
    prop('sponsor', [entity('Person'), entity('Organization')], { group: 'Person' }),
    prop('telephone', [text], { group: 'Person', constraints: { format: 'e164' } }),
    prop('birthDate', [{ kind: 'data', type: 'Date' }], { group: 'Person' }),
    prop('height', [{ kind: 'data', type: 'Number' }], { group: 'Person', constraints: { min: 0 } }),
    prop('children', [{ kind: 'data', type: 'Integer' }], { group: 'Person', multiplicity: 'single' }),
    prop('homepage', [text, { kind: 'data', type: 'URL' }], { group: 'Person' }),
    prop('tags', [text], { group: 'Person', multiplicity: 'repeated' }),
    prop('oldField', [text], { group: 'Person', superseded: true }),
  ]),
  type('Offer', ['Thing'], [
    prop('price', [{ kind: 'data', type: 'Number' }], { group: 'Offer' }),
    prop('availability', [{ kind: 'enumeration', type: 'ItemAvailability', members: ['InStock', 'OutOfStock'] }], { group: 'Offer' }),
    prop('validFrom', [{ kind: 'data', type: 'DateTime' }], { group: 'Offer' }),
    prop('isGift', [{ kind: 'data', type: 'Boolean' }], { group: 'Offer' }),
  ]),
];

/** A lookup over `miniTypes` with a NAICS list of one code. */
export const miniLookup: DescriptorLookup = {
  descriptor: (name) => miniTypes.find((t) => t.name === name),
  codeExists: (list, code) => (list === 'naics' ? code === '541511' : undefined),
};
