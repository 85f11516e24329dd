import { describe, expect, it } from 'vitest';
import { CustomTypeDefinitionSchema, TypeExtensionSchema } from './custom-type';
import { exampleCustomTypes, exampleExtensions } from './examples';

describe('custom type definitions', () => {
  it('the shipped examples parse', () => {
    for (const def of exampleCustomTypes) expect(CustomTypeDefinitionSchema.safeParse(def).success).toBe(true);
    for (const ext of Object.values(exampleExtensions)) expect(TypeExtensionSchema.safeParse(ext).success).toBe(true);
  });

  it('rejects bad names, both range and enum, invalid patterns and unknown keys, with paths', () => {
    const r = CustomTypeDefinitionSchema.safeParse({
      name: '9Lives',
      properties: { a: { range: 'Text', enum: ['x'] }, b: { range: 'Text', constraints: { pattern: '(' } } },
      extra: 1,
    });
    expect(r.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['', 'name', 'properties.a.enum', 'properties.b.constraints.pattern']);
  });
});
