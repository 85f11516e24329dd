import { describe, expect, it } from 'vitest';
import { descriptorOf } from '../../test/descriptors';
import { cellModel } from './cell-model';

const property = (type: string, name: string) => descriptorOf(type).properties.find((p) => p.name === name);

describe('cellModel', () => {
  it('renders references as chips and embedded entities as summaries', () => {
    expect(cellModel('person-2', property('Person', 'knows'))).toEqual({ kind: 'ref', id: 'person-2', types: ['Person'] });
    expect(cellModel({ $type: 'Person', $id: 'p3' }, property('Person', 'sponsor'))).toEqual({ kind: 'ref', id: 'p3', types: ['Person'] });
    expect(cellModel({ $type: 'Organization', name: 'Acme' }, property('Person', 'worksFor'))).toEqual({ kind: 'embedded', type: undefined, text: 'Acme' });
    expect(cellModel({ $type: 'Organization', name: 'Acme' }, property('Person', 'sponsor'))).toEqual({ kind: 'embedded', type: 'Organization', text: 'Acme' });
  });

  it('keeps text in a Text | PostalAddress range as text', () => {
    expect(cellModel('1 Main St', property('Person', 'address'))).toEqual({ kind: 'text', text: '1 Main St' });
  });

  it('formats by range: dates, numbers, URLs, booleans, codes', () => {
    expect(cellModel('2024-03-05', property('Person', 'birthDate')).kind).toBe('date');
    expect(cellModel(1234.5, property('Person', 'height'))).toMatchObject({ kind: 'number' });
    expect(cellModel('https://www.acme.example/', property('Person', 'url'))).toEqual({ kind: 'url', href: 'https://www.acme.example/', text: 'acme.example' });
    expect(cellModel(true, undefined)).toEqual({ kind: 'boolean', value: true });
    expect(cellModel('541511', property('Organization', 'naics'))).toEqual({ kind: 'code', text: '541511' });
  });

  it('shows lists as a few tags and marks masked personal data', () => {
    const model = cellModel(['a', 'b', 'c', 'd', 'e'], property('Person', 'knowsLanguage'));
    expect(model).toMatchObject({ kind: 'tags', more: 2 });
    expect(cellModel('j***@example.com', property('Person', 'email'))).toEqual({ kind: 'masked', text: 'j***@example.com' });
  });
});
