import { describe, expect, it } from 'vitest';
import { installExamples } from './examples';
import { Vocabulary } from './vocabulary';

const gizmo = { name: 'Gizmo', extends: 'Product', description: 'A small device.', properties: { gauge: { enum: ['s', 'm'] } } };

describe('Vocabulary: redefining and removing custom types', () => {
  it('previews a definition without registering it', () => {
    const v = new Vocabulary();
    v.defineCustomType(gizmo);
    const { descriptor } = v.previewCustomType({ ...gizmo, properties: { colour: { range: 'Text' } } });
    expect(descriptor.properties.map((p) => p.name)).toContain('colour');
    expect(v.type('Gizmo').properties.map((p) => p.name)).toContain('gauge');
    expect(v.type('Gizmo').properties.map((p) => p.name)).not.toContain('colour');
    expect(v.previewCustomType({ name: 'Widget2', properties: { a: { range: 'Text' } } }).descriptor.name).toBe('Widget2');
    expect(v.hasType('Widget2')).toBe(false);
  });

  it('keeps every cache coherent after a redefinition: descriptor, validation, search, hierarchy', () => {
    const v = new Vocabulary();
    v.defineCustomType(gizmo);
    // Warm every cache first.
    expect(v.check('Gizmo', { gauge: 'l' }).ok).toBe(false);
    expect(v.searchTypes('sprocket', { limit: 5 }).map((t) => t.name)).not.toContain('Gizmo');
    expect(v.children('Product').map((c) => c.name)).toContain('Gizmo');
    expect(v.summary('Product')?.descendantCount).toBe(v.subtypes('Product').length);

    v.defineCustomType({ ...gizmo, extends: 'Intangible', description: 'A sprocket-like part.', properties: { gauge: { enum: ['s', 'm', 'l'] } } });
    expect(v.check('Gizmo', { gauge: 'l' }).ok).toBe(true);
    expect(v.type('Gizmo').ancestors).toEqual(['Intangible', 'Thing']);
    expect(v.searchTypes('sprocket', { limit: 5 }).map((t) => t.name)).toContain('Gizmo');
    expect(v.children('Product').map((c) => c.name)).not.toContain('Gizmo');
    expect(v.children('Intangible').map((c) => c.name)).toContain('Gizmo');
    expect(v.subtypes('Product')).not.toContain('Gizmo');
    expect(v.isSubtypeOf('Gizmo', 'Product')).toBe(false);
  });

  it('keeps a redefined type in its place among its siblings', () => {
    const v = new Vocabulary();
    installExamples(v);
    const before = v.customTypes().map((d) => d.name);
    v.defineCustomType({ name: 'Tenant', properties: { slug: { range: 'Text' } } });
    expect(v.customTypes().map((d) => d.name)).toEqual(before);
  });

  it('refuses a redefinition that would break another custom type, and keeps the old one', () => {
    const v = new Vocabulary();
    v.defineCustomType(gizmo);
    v.defineCustomType({ name: 'TinyGizmo', extends: 'Gizmo', properties: { gauge: { required: true } }, rules: [{ kind: 'requiredWhen', path: 'gauge', when: { path: 'name', in: ['x'] } }] });
    expect(() => v.defineCustomType({ ...gizmo, properties: {} })).toThrow(expect.objectContaining({ code: 'CONFLICT', details: { name: 'Gizmo', dependents: ['TinyGizmo'] } }));
    expect(v.type('Gizmo').properties.map((p) => p.name)).toContain('gauge');
    expect(v.check('TinyGizmo', {}).ok).toBe(false);
  });

  it('refuses to remove a type others extend or name in a range (extensions included), and removes it once they are gone', () => {
    const v = new Vocabulary();
    v.defineCustomType(gizmo);
    v.defineCustomType({ name: 'Kit', properties: { parts: { range: 'Gizmo' } } });
    v.extendType('Order', { properties: { gadget: { range: 'Gizmo' } } });
    expect(v.customDependents('Gizmo')).toEqual(['Kit', 'Order (extension)']);
    expect(() => v.removeCustomType('Gizmo')).toThrow(expect.objectContaining({ code: 'CONFLICT', details: { name: 'Gizmo', dependents: ['Kit', 'Order (extension)'] } }));
    expect(v.hasType('Gizmo')).toBe(true);
    v.extendType('Order', { properties: {} });
    expect(v.removeCustomType('Kit')).toBe(true);
    expect(v.removeCustomType('Gizmo')).toBe(true);
    expect(v.hasType('Gizmo')).toBe(false);
    expect(v.children('Product').map((c) => c.name)).not.toContain('Gizmo');
  });
});
