/**
 * The reference document's custom types, shipped as examples: a SaaS subscription with its
 * plan and price rules, a time-series metric, and a tenant. They are definitions only; an app
 * registers them with `vocab.defineCustomType` (or a user copies and edits them).
 */
import type { CustomTypeDefinitionInput, TypeExtensionInput } from './custom-type';

/** Plan prices per month, shared by the plan enumeration and the price rule. */
export const SUBSCRIPTION_PRICES = { basic: 9, pro: 29, enterprise: 99 } as const;

/** A customer's subscription to a plan. */
export const subscriptionType: CustomTypeDefinitionInput = {
  name: 'Subscription',
  extends: 'Intangible',
  description: "A customer's subscription to a plan of the product, with its billing status and monthly recurring revenue.",
  properties: {
    plan: { enum: Object.keys(SUBSCRIPTION_PRICES), required: true, description: 'The plan subscribed to.' },
    status: { enum: ['trialing', 'active', 'past_due', 'paused', 'cancelled'], required: true, description: 'Where the subscription stands in its billing cycle.' },
    customer: { range: ['Person', 'Organization'], required: true, multiplicity: 'single', description: 'Who pays for the subscription.' },
    startDate: { range: 'Date', required: true, multiplicity: 'single', description: 'The first day of the subscription.' },
    endDate: { range: 'Date', multiplicity: 'single', description: 'The last day, once cancelled.' },
    price: { range: 'Number', multiplicity: 'single', constraints: { min: 0 }, description: 'The list price of the plan per month.' },
    priceCurrency: { range: 'Text', multiplicity: 'single', constraints: { pattern: '[A-Z]{3}' }, description: 'ISO 4217 currency code.' },
    mrr: { range: 'Number', multiplicity: 'single', constraints: { min: 0 }, description: 'Monthly recurring revenue after discounts.' },
    seats: { range: 'Integer', multiplicity: 'single', constraints: { min: 1 }, description: 'Number of seats paid for.' },
  },
  rules: [
    { kind: 'lookup', path: 'price', from: 'plan', table: { ...SUBSCRIPTION_PRICES } },
    { kind: 'compare', left: 'endDate', op: '>=', right: 'startDate' },
    { kind: 'requiredWhen', path: 'endDate', when: { path: 'status', in: ['cancelled'] } },
    { kind: 'compare', left: 'mrr', op: '<=', right: 'price', message: 'mrr cannot exceed the plan price' },
  ],
};

/** One measurement of a time series, labelled like a Prometheus sample. */
export const metricType: CustomTypeDefinitionInput = {
  name: 'Metric',
  extends: 'Thing',
  description: 'A measured value at a point in time, with labels (host, region, ...) to group and filter by.',
  properties: {
    name: { required: true, constraints: { pattern: '[a-zA-Z_:][a-zA-Z0-9_:.]*', maxLength: 200 } },
    value: { range: 'Number', required: true, multiplicity: 'single', description: 'The measured value.' },
    unit: { range: 'Text', multiplicity: 'single', description: 'The unit of the value, such as ms or bytes.' },
    timestamp: { range: 'DateTime', required: true, multiplicity: 'single', description: 'When the value was measured.' },
    labels: { range: 'Map', multiplicity: 'single', description: 'Dimensions of the sample, such as host or region.' },
    tenant: { range: 'Tenant', multiplicity: 'single', description: 'The tenant the metric belongs to.' },
  },
};

/** A customer account in a multi-tenant deployment. */
export const tenantType: CustomTypeDefinitionInput = {
  name: 'Tenant',
  extends: 'Thing',
  description: 'A customer account whose data is kept apart from the others.',
  properties: {
    name: { required: true },
    slug: { range: 'Text', required: true, multiplicity: 'single', constraints: { pattern: '[a-z0-9]+(-[a-z0-9]+)*', maxLength: 63 }, description: 'URL-safe identifier.' },
    status: { enum: ['active', 'suspended', 'closed'], required: true },
    owner: { range: ['Person', 'Organization'], multiplicity: 'single', description: 'Who owns the account.' },
    contactEmail: { range: 'Text', multiplicity: 'single', pii: true, constraints: { format: 'email' }, description: 'Where account notices go.' },
    maxUsers: { range: 'Integer', multiplicity: 'single', constraints: { min: 1 } },
    createdAt: { range: 'DateTime', multiplicity: 'single' },
  },
};

/** The three example custom types, in an order that registers cleanly (Metric refers to Tenant). */
export const exampleCustomTypes: readonly CustomTypeDefinitionInput[] = [tenantType, subscriptionType, metricType];

const money = { range: 'Number', multiplicity: 'single', constraints: { min: 0 } } as const;

/**
 * The reference document's order totals on schema.org `Order`, which has no subtotal, tax or
 * shipping: total = subtotal + tax + shipping, and at least one item.
 */
export const orderExtension: TypeExtensionInput = {
  properties: {
    subtotal: { ...money, description: 'Sum of the items before tax and shipping.' },
    tax: { ...money, description: 'Tax charged on the order.' },
    shipping: { ...money, description: 'Shipping charged on the order.' },
    total: { ...money, description: 'What the customer pays: subtotal + tax + shipping.' },
    priceCurrency: { range: 'Text', multiplicity: 'single', constraints: { pattern: '[A-Z]{3}' }, description: 'ISO 4217 currency of the amounts.' },
  },
  rules: [
    { kind: 'sum', target: 'total', of: ['subtotal', 'tax', 'shipping'] },
    { kind: 'minItems', path: 'orderedItem', min: 1 },
  ],
};

/** The unit price of an order line, which schema.org `OrderItem` does not carry. */
export const orderItemExtension: TypeExtensionInput = {
  properties: { price: { ...money, description: 'Unit price of the ordered item.' } },
};

/** A person's age in whole years, which the reference document queries (`age` between 30 and 40) and schema.org lacks. */
export const personExtension: TypeExtensionInput = {
  properties: {
    age: { range: 'Integer', multiplicity: 'single', constraints: { min: 0, max: 150 }, description: 'Age in whole years.' },
  },
};

/** The example extensions by the type they extend. */
export const exampleExtensions: Readonly<Record<string, TypeExtensionInput>> = {
  Order: orderExtension,
  OrderItem: orderItemExtension,
  Person: personExtension,
};
