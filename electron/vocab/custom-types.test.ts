import { describe, expect, it } from 'vitest';
import { installExamples } from './examples';
import { Vocabulary } from './vocabulary';

describe('custom types', () => {
  const vocab = new Vocabulary();
  installExamples(vocab);

  it('describes a custom type with inherited properties grouped, flags and rules', () => {
    const d = vocab.type('Subscription');
    expect(d).toMatchObject({ source: 'custom', kind: 'type', parents: ['Intangible'], ancestors: ['Intangible', 'Thing'] });
    expect(d.groups).toEqual(['Subscription', 'Thing']);
    expect(d.properties.find((p) => p.name === 'plan')).toMatchObject({ group: 'Subscription', required: true, multiplicity: 'single', ranges: [{ kind: 'enumeration', members: ['basic', 'pro', 'enterprise'] }] });
    expect(d.properties.find((p) => p.name === 'customer')?.ranges).toEqual([{ kind: 'entity', type: 'Person' }, { kind: 'entity', type: 'Organization' }]);
    expect(d.properties.find((p) => p.name === 'name')?.group).toBe('Thing');
    expect(d.rules.map((r) => r.kind)).toEqual(['lookup', 'compare', 'requiredWhen', 'compare']);
  });

  it('overrides flags of an inherited property without moving it', () => {
    const name = vocab.type('Metric').properties.find((p) => p.name === 'name');
    expect(name).toMatchObject({ group: 'Thing', required: true, constraints: { maxLength: 200 } });
  });

  it('shows custom types in search and in the hierarchy', () => {
    expect(vocab.searchTypes('Subscriptoin', { limit: 3 })[0]?.name).toBe('Subscription');
    expect(vocab.children('Intangible').map((c) => c.name)).toContain('Subscription');
    expect(vocab.isSubtypeOf('Subscription', 'Thing')).toBe(true);
  });

  it('validates custom types, nested custom references included', () => {
    const metric = { name: 'cpu.usage', value: 41.5, unit: 'percent', timestamp: '2024-05-01T10:00:00Z', labels: { host: 'web-1' }, tenant: { $type: 'Tenant', name: 'Acme', slug: 'acme', status: 'active' } };
    expect(vocab.check('Metric', metric).ok).toBe(true);
    const bad = vocab.check('Metric', { ...metric, labels: { host: { nested: true } }, tenant: { ...metric.tenant, slug: 'Not A Slug' } });
    expect(bad.ok ? [] : bad.issues.map((i) => i.path.join('.'))).toEqual(['labels.host', 'tenant.slug']);
    expect(vocab.check('Tenant', { name: 'A', slug: 'a', status: 'active', owner: { $type: 'Corporation', name: 'X' } }).ok).toBe(true);
  });

  it('lets a custom subtype stand where its parent is expected', () => {
    const v = new Vocabulary();
    v.defineCustomType({ name: 'Startup', extends: 'Corporation', properties: { fundingRound: { enum: ['seed', 'A', 'B'] } } });
    expect(v.subtypes('Organization')).toContain('Startup');
    expect(v.check('Person', { worksFor: { $type: 'Startup', name: 'Tiny', fundingRound: 'seed', tickerSymbol: 'TNY' } }).ok).toBe(true);
    const bad = v.check('Person', { worksFor: { $type: 'Startup', fundingRound: 'Z' } });
    expect(bad.ok ? [] : bad.issues.map((i) => i.path.join('.'))).toEqual(['worksFor.fundingRound']);
  });

  it('rejects bad definitions with paths into the definition', () => {
    const v = new Vocabulary();
    expect(() => v.defineCustomType({ name: 'Person' })).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    const attempt = () => v.defineCustomType({ name: 'Gadget', extends: 'Nope', properties: { a: { range: 'Widgetish' }, b: {} }, rules: [{ kind: 'minItems', path: 'c', min: 1 }] });
    expect(attempt).toThrow(
      expect.objectContaining({
        code: 'VALIDATION',
        issues: [
          { path: ['extends'], message: 'Nope is not a known entity type' },
          { path: ['properties', 'a', 'range'], message: 'Unknown type or data type Widgetish' },
          { path: ['properties', 'b', 'range'], message: 'b is not inherited, so it needs a range or an enum' },
          { path: ['rules', 0], message: 'Rule minItems refers to c, which Gadget does not have' },
        ],
      }),
    );
    expect(v.hasType('Gadget')).toBe(false);
  });

  it('replaces and removes definitions, and keeps a failed extension from replacing a good one', () => {
    const v = new Vocabulary();
    v.defineCustomType({ name: 'Gizmo', properties: { size: { range: 'Integer' } } });
    v.defineCustomType({ name: 'Gizmo', properties: { colour: { range: 'Text' } } });
    expect(v.type('Gizmo').properties.map((p) => p.name)).toContain('colour');
    expect(v.type('Gizmo').properties.map((p) => p.name)).not.toContain('size');
    v.extendType('Order', { properties: { total: { range: 'Number' } } });
    expect(() => v.extendType('Order', { properties: { x: { range: 'Nope' } } })).toThrow();
    expect(v.type('Order').properties.map((p) => p.name)).toContain('total');
    expect(v.removeCustomType('Gizmo')).toBe(true);
    expect(v.hasType('Gizmo')).toBe(false);
  });
});
