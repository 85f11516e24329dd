import { describe, expect, it } from 'vitest';
import { installExamples } from './examples';
import { createStoreValidator } from './store-validator';
import { Vocabulary } from './vocabulary';

const vocab = new Vocabulary();
installExamples(vocab);

/** The paths of the failing fields, or [] when the entity is valid. */
const failures = (type: string, entity: unknown) => {
  const r = vocab.check(type, entity);
  return r.ok ? [] : r.issues.map((i) => i.path.join('.'));
};
const messages = (type: string, entity: unknown) => {
  const r = vocab.check(type, entity);
  return r.ok ? [] : r.issues.map((i) => i.message);
};

const person = {
  $type: 'Person',
  $id: 'person-123',
  name: 'John Doe',
  email: 'john@example.com',
  telephone: '+1 206 555 0100',
  birthDate: '1985-04-12',
  jobTitle: 'Senior Engineer',
  worksFor: {
    $type: 'Organization',
    name: 'Acme Inc',
    naics: '541511',
    address: { $type: 'PostalAddress', streetAddress: '1 Main St', addressLocality: 'Seattle', postalCode: '98101', addressCountry: 'US' },
  },
  hasOccupation: { $type: 'Occupation', name: 'Software Developer', onetCode: '15-1252.00', occupationalCategory: '15-1252.00' },
};

const product = {
  $type: 'Product',
  name: 'Widget',
  sku: 'WID-1',
  brand: { $type: 'Brand', name: 'Acme' },
  offers: { $type: 'Offer', price: 19.99, priceCurrency: 'USD', availability: 'https://schema.org/InStock' },
  aggregateRating: { $type: 'AggregateRating', ratingValue: 4.5, reviewCount: 120 },
};

const organization = { $type: 'Organization', name: 'Acme Inc', naics: '541511', url: 'https://acme.example', email: 'info@acme.example', foundingDate: '1999-01-01' };

const subscription = { $type: 'Subscription', plan: 'pro', status: 'active', customer: 'person-123', startDate: '2024-01-01', price: 29, mrr: 29 };

const order = {
  $type: 'Order',
  orderNumber: 'SO-1',
  customer: 'person-123',
  orderedItem: [{ $type: 'OrderItem', orderedItem: 'product-1', orderQuantity: 2, price: 10 }],
  subtotal: 20,
  tax: 1.6,
  shipping: 7.5,
  total: 29.1,
  orderStatus: 'OrderProcessing',
};

describe('seed entities of the reference document', () => {
  it('validate as given', () => {
    expect(failures('Person', person)).toEqual([]);
    expect(failures('Product', product)).toEqual([]);
    expect(failures('Organization', organization)).toEqual([]);
    expect(failures('Subscription', subscription)).toEqual([]);
    expect(failures('Order', order)).toEqual([]);
  });

  it('normalise what they accept: enumeration IRIs, phone numbers', () => {
    expect(vocab.validate('Product', product).value).toMatchObject({ offers: { availability: 'InStock' } });
    expect(vocab.validate('Person', person).value).toMatchObject({ telephone: '+12065550100' });
  });
});

describe('broken variants fail on the right field path', () => {
  it('Person', () => {
    expect(failures('Person', { ...person, email: 'john-at-example' })).toEqual(['email']);
    expect(failures('Person', { ...person, worksFor: { ...person.worksFor, address: { ...person.worksFor.address, postalCode: 98101 } } })).toEqual(['worksFor.address.postalCode']);
    expect(failures('Person', { ...person, worksFor: { $type: 'Person', name: 'Not an org' } })).toEqual(['worksFor.$type']);
    expect(failures('Person', { ...person, hasOccupation: { ...person.hasOccupation, onetCode: '99-9999.99' } })).toEqual(['hasOccupation.onetCode']);
    expect(messages('Person', { ...person, hasOccupation: { ...person.hasOccupation, onetCode: '99-9999.99' } })).toEqual(['Unknown O*NET-SOC code "99-9999.99"']);
    expect(failures('Person', { ...person, hasOccupation: { ...person.hasOccupation, occupationalCategory: '15-9999.00' } })).toEqual(['hasOccupation.occupationalCategory']);
    expect(failures('Person', { ...person, birthDate: 'April 1985' })).toEqual(['birthDate']);
  });

  it('Product', () => {
    expect(failures('Product', { ...product, offers: { ...product.offers, availability: 'Maybe' } })).toEqual(['offers.availability']);
    expect(failures('Product', { ...product, offers: { ...product.offers, price: true } })).toEqual(['offers.price']);
    expect(failures('Product', { ...product, aggregateRating: { ...product.aggregateRating, reviewCount: 1.5 } })).toEqual(['aggregateRating.reviewCount']);
    expect(failures('Product', { ...product, brand: { $type: 'Offer' } })).toEqual(['brand.$type']);
  });

  it('Organization: NAICS codes are checked against the list, with the code in the message', () => {
    expect(failures('Organization', { ...organization, naics: '999999' })).toEqual(['naics']);
    expect(messages('Organization', { ...organization, naics: '999999' })).toEqual(['Unknown NAICS 2022 code "999999"']);
    expect(failures('Organization', { ...organization, naicsCode: '5415' })).toEqual([]);
    expect(failures('Organization', { ...organization, naics: 'software' })).toEqual(['naics']);
    expect(failures('JobPosting', { title: 'Dev', industry: 'Software' })).toEqual([]);
    expect(failures('JobPosting', { title: 'Dev', industry: '000000' })).toEqual(['industry']);
  });

  it('Subscription: enumerations, required fields and plan price rules', () => {
    expect(failures('Subscription', { ...subscription, plan: 'gold' })).toEqual(['plan']);
    expect(failures('Subscription', { ...subscription, price: 9, mrr: 9 })).toEqual(['price']);
    expect(failures('Subscription', { ...subscription, mrr: 30 })).toEqual(['mrr']);
    expect(failures('Subscription', { ...subscription, status: 'cancelled' })).toEqual(['endDate']);
    expect(failures('Subscription', { ...subscription, status: 'cancelled', endDate: '2023-12-31' })).toEqual(['endDate']);
    const { customer: _dropped, ...withoutCustomer } = subscription;
    expect(failures('Subscription', withoutCustomer)).toEqual(['customer']);
    expect(failures('Subscription', { ...subscription, customer: { $type: 'Product', name: 'x' } })).toEqual(['customer.$type']);
  });

  it('Order: total = subtotal + tax + shipping, at least one item', () => {
    expect(failures('Order', { ...order, total: 30 })).toEqual(['total']);
    expect(failures('Order', { ...order, orderedItem: [] })).toEqual(['orderedItem']);
    expect(failures('Order', { ...order, orderedItem: [{ $type: 'OrderItem', orderQuantity: true }] })).toEqual(['orderedItem.0.orderQuantity']);
  });
});

describe('the store validation hook', () => {
  it('throws VALIDATION with field paths, and passes warn-mode warnings on', () => {
    const warnings: string[] = [];
    const validate = createStoreValidator(vocab, { policy: (t) => (t === 'Person' ? 'warn' : 'strict'), onWarnings: (_t, w) => warnings.push(...w.map((i) => i.path.join('.'))) });
    expect(() => validate('Organization', { ...organization, naics: '999999' })).toThrow(expect.objectContaining({ code: 'VALIDATION', issues: [{ path: ['naics'], message: 'Unknown NAICS 2022 code "999999"' }] }));
    expect(() => validate('Person', { ...person, nickname: 'JD' })).not.toThrow();
    expect(warnings).toEqual(['nickname']);
    expect(() => validate('Organization', { ...organization, nickname: 'JD' })).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
    expect(() => validate('NoSuchType', {})).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
  });
});
