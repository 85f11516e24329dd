import { describe, expect, it } from 'vitest';
import { descriptorOf } from '../../test/descriptors';
import { fieldSpec, formLayout } from './field-specs';

const person = descriptorOf('Person');
const propertyOf = (type: string, name: string) => {
  const found = descriptorOf(type).properties.find((p) => p.name === name);
  if (!found) throw new Error(name);
  return found;
};

describe('fieldSpec', () => {
  it('picks a widget per range', () => {
    expect(fieldSpec(propertyOf('Person', 'name')).kind).toBe('text');
    expect(fieldSpec(propertyOf('Person', 'description')).kind).toBe('longText');
    expect(fieldSpec(propertyOf('Person', 'email')).kind).toBe('email');
    expect(fieldSpec(propertyOf('Person', 'birthDate')).kind).toBe('date');
    expect(fieldSpec(propertyOf('Person', 'height')).kind).toBe('number');
    expect(fieldSpec(propertyOf('Organization', 'numberOfEmployees')).kind).toBe('integer');
    expect(fieldSpec(propertyOf('Organization', 'naics')).kind).toBe('naics');
    expect(fieldSpec(propertyOf('Occupation', 'occupationalCategory')).kind).toBe('onet');
    expect(fieldSpec(propertyOf('Subscription', 'active')).kind).toBe('boolean');
    expect(fieldSpec(propertyOf('Subscription', 'renewsAt')).kind).toBe('dateTime');
  });

  it('prefers the most forgiving data widget (Text | URL edits as text)', () => {
    expect(fieldSpec(propertyOf('Person', 'identifier')).kind).toBe('text');
  });

  it('keeps enumeration members and entity ranges', () => {
    const plan = fieldSpec(propertyOf('Subscription', 'plan'));
    expect(plan.kind).toBe('enum');
    expect(plan.members).toEqual(['free', 'basic', 'pro']);
    expect(plan.list).toBe('never');
    const sponsor = fieldSpec(propertyOf('Person', 'sponsor'));
    expect(sponsor.kind).toBe('entity');
    expect(sponsor.entityTypes).toEqual(['Organization', 'Person']);
  });

  it('records the data alternative of a polymorphic entity range', () => {
    const address = fieldSpec(propertyOf('Person', 'address'), 'worksFor');
    expect(address.kind).toBe('entity');
    expect(address.dataKind).toBe('text');
    expect(address.path).toBe('worksFor.address');
  });

  it('maps multiplicity to list modes', () => {
    expect(fieldSpec(propertyOf('Person', 'knowsLanguage')).list).toBe('always');
    expect(fieldSpec(propertyOf('Person', 'knows')).list).toBe('allowed');
  });
});

describe('formLayout', () => {
  it('shows common properties first and keeps the rest addable', () => {
    const layout = formLayout(person, {});
    const names = layout.fields.map((f) => f.name);
    expect(names.slice(0, 4)).toEqual(['name', 'email', 'jobTitle', 'worksFor']);
    expect(names).not.toContain('knows');
    expect(names).not.toContain('naics');
    expect(formLayout(descriptorOf('Organization'), {}).fields.map((f) => f.name).slice(0, 2)).toEqual(['name', 'naics']);
    expect(layout.addable.map((p) => p.name)).toContain('knows');
  });

  it('shows properties that hold a value or were added', () => {
    const layout = formLayout(person, { knows: ['person-2'] }, '', ['height']);
    const names = layout.fields.map((f) => f.name);
    expect(names).toContain('knows');
    expect(names).toContain('height');
    expect(layout.addable.map((p) => p.name)).not.toContain('height');
  });

  it('shows every own property of a custom type and its required ones', () => {
    const names = formLayout(descriptorOf('Subscription'), {}).fields.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['plan', 'startDate', 'seats', 'active', 'renewsAt']));
  });

  it('prefixes nested paths and offers few empty fields in sub-forms, own ones first', () => {
    const layout = formLayout(descriptorOf('Organization'), {}, 'worksFor');
    expect(layout.fields[0]?.path).toBe('worksFor.name');
    expect(layout.fields.map((f) => f.name)).toContain('naics');
    const address = formLayout(descriptorOf('PostalAddress'), {}, 'address').fields.map((f) => f.name);
    expect(address).toEqual(['streetAddress', 'addressLocality', 'postalCode']);
  });
});
