import { describe, expect, it } from 'vitest';
import { descriptorOf } from '../../test/descriptors';
import { inlineKind, inlineValue } from './inline-value';

const property = (type: string, name: string) => descriptorOf(type).properties.find((p) => p.name === name);

describe('inline edits', () => {
  it('edits simple top-level fields only', () => {
    expect(inlineKind('name', property('Person', 'name'), 'Ada')).toBe('text');
    expect(inlineKind('height', property('Person', 'height'), 1.7)).toBe('number');
    expect(inlineKind('worksFor', property('Person', 'worksFor'), { name: 'A' })).toBeUndefined();
    expect(inlineKind('worksFor.name', property('Organization', 'name'), 'A')).toBeUndefined();
    expect(inlineKind('knowsLanguage', property('Person', 'knowsLanguage'), ['en'])).toBeUndefined();
  });

  it('turns text into values', () => {
    expect(inlineValue('integer', '12')).toBe(12);
    expect(inlineValue('integer', '1.5')).toBeInstanceOf(Error);
    expect(inlineValue('number', 'x')).toBeInstanceOf(Error);
    expect(inlineValue('text', '  ')).toBeUndefined();
    expect(inlineValue('boolean', 'false')).toBe(false);
  });
});
