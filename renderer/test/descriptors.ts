/**
 * Small hand-written type descriptors for the renderer's unit tests: Person, Organization,
 * PostalAddress, Occupation and a custom Subscription, shaped like the vocabulary's output.
 */
import type { DescriptorLookup, PropertyDescriptor, RangeDescriptor, TypeDescriptor } from '../../shared/vocab/descriptor';

type PropOptions = Partial<Omit<PropertyDescriptor, 'name' | 'ranges'>>;

/** A property descriptor with defaults for the flags a test does not care about. */
export function prop(name: string, ranges: RangeDescriptor[], options: PropOptions = {}): PropertyDescriptor {
  return {
    name,
    description: options.description ?? `The ${name}.`,
    group: options.group ?? 'Thing',
    ranges,
    multiplicity: options.multiplicity ?? 'either',
    required: options.required ?? false,
    pii: options.pii ?? false,
    encrypted: false,
    constraints: options.constraints ?? {},
    pending: false,
    superseded: options.superseded ?? false,
  };
}

const data = (type: Extract<RangeDescriptor, { kind: 'data' }>['type']): RangeDescriptor => ({ kind: 'data', type });
const entity = (type: string): RangeDescriptor => ({ kind: 'entity', type });

function type(name: string, ancestors: string[], properties: PropertyDescriptor[], source: 'schema.org' | 'custom' = 'schema.org'): TypeDescriptor {
  return {
    name,
    description: `A ${name}.`,
    kind: 'type',
    source,
    layer: 'core',
    pending: false,
    superseded: false,
    parents: ancestors.slice(0, 1),
    ancestors,
    groups: [name, ...ancestors],
    properties,
    rules: [],
  };
}

const thing = [
  prop('name', [data('Text')]),
  prop('description', [data('Text')]),
  prop('url', [data('URL')]),
  prop('identifier', [data('Text'), data('URL')]),
];

/** The test vocabulary. */
export const descriptors: Record<string, TypeDescriptor> = {
  Person: type('Person', ['Thing'], [
    ...thing,
    prop('email', [data('Text')], { group: 'Person', pii: true, constraints: { format: 'email' } }),
    prop('jobTitle', [data('Text'), entity('DefinedTerm')], { group: 'Person' }),
    prop('birthDate', [data('Date')], { group: 'Person', pii: true }),
    prop('worksFor', [entity('Organization')], { group: 'Person' }),
    prop('knows', [entity('Person')], { group: 'Person' }),
    prop('address', [entity('PostalAddress'), data('Text')], { group: 'Person', pii: true }),
    prop('hasOccupation', [entity('Occupation')], { group: 'Person' }),
    prop('knowsLanguage', [data('Text')], { group: 'Person', multiplicity: 'repeated' }),
    prop('height', [data('Number')], { group: 'Person' }),
    prop('sponsor', [entity('Organization'), entity('Person')], { group: 'Person' }),
    prop('gender', [{ kind: 'enumeration', type: 'GenderType', members: ['Female', 'Male'] }, data('Text')], { group: 'Person' }),
    prop('naics', [data('Text')], { group: 'Person', constraints: { code: { list: 'naics', codeLike: false } } }),
  ]),
  Organization: type('Organization', ['Thing'], [
    ...thing,
    prop('naics', [data('Text')], { group: 'Organization', constraints: { code: { list: 'naics', codeLike: false } } }),
    prop('address', [entity('PostalAddress'), data('Text')], { group: 'Organization' }),
    prop('foundingDate', [data('Date')], { group: 'Organization' }),
    prop('numberOfEmployees', [data('Integer')], { group: 'Organization' }),
  ]),
  PostalAddress: type('PostalAddress', ['ContactPoint', 'StructuredValue', 'Intangible', 'Thing'], [
    ...thing,
    prop('streetAddress', [data('Text')], { group: 'PostalAddress' }),
    prop('addressLocality', [data('Text')], { group: 'PostalAddress' }),
    prop('postalCode', [data('Text')], { group: 'PostalAddress' }),
  ]),
  Occupation: type('Occupation', ['Intangible', 'Thing'], [
    ...thing,
    prop('occupationalCategory', [data('Text')], { group: 'Occupation', constraints: { code: { list: 'onet', codeLike: true } } }),
  ]),
  Subscription: type(
    'Subscription',
    ['Intangible', 'Thing'],
    [
      ...thing,
      prop('plan', [{ kind: 'enumeration', members: ['free', 'basic', 'pro'] }], { group: 'Subscription', required: true, multiplicity: 'single' }),
      prop('startDate', [data('Date')], { group: 'Subscription', required: true, multiplicity: 'single' }),
      prop('seats', [data('Integer')], { group: 'Subscription', multiplicity: 'single', constraints: { min: 1 } }),
      prop('active', [data('Boolean')], { group: 'Subscription', multiplicity: 'single' }),
      prop('renewsAt', [data('DateTime')], { group: 'Subscription', multiplicity: 'single' }),
    ],
    'custom',
  ),
};

/** A lookup over the test vocabulary. */
export const lookup: DescriptorLookup = { descriptor: (name) => descriptors[name] };

/** A descriptor of the test vocabulary (throws on a typo in a test). */
export function descriptorOf(name: string): TypeDescriptor {
  const found = descriptors[name];
  if (!found) throw new Error(`no test descriptor ${name}`);
  return found;
}
