import { describe, expect, it } from 'vitest';
import { naicsNode, onetNode, onetPath, typeNode, typePath } from './tree-nodes';

describe('tree nodes', () => {
  it('counts a type’s direct subtypes and names all of them in the tooltip; leaves do not expand', () => {
    const base = { kind: 'type' as const, source: 'schema.org' as const, layer: 'core', pending: false, superseded: false, summary: '' };
    const org = typeNode({ ...base, name: 'Organization', childCount: 20, descendantCount: 166 });
    expect(org).toMatchObject({ id: 'Organization', expandable: true, count: 20, countTitle: '20 direct subtypes, 166 subtypes in all' });
    expect(typeNode({ ...base, name: 'Taxon', childCount: 0, descendantCount: 0 })).toMatchObject({ expandable: false, count: undefined });
    expect(typeNode({ ...base, name: 'Metric', source: 'custom', childCount: 0, descendantCount: 0 }).tag).toBe('custom');
    expect(typeNode({ ...base, name: 'StupidType', pending: true, childCount: 0, descendantCount: 0 }).muted).toBe(true);
  });

  it('shows codes beside NAICS and O*NET titles', () => {
    expect(naicsNode({ code: '5415', title: 'Computer Systems Design', level: 4, levelName: 'industryGroup', parent: '541', childCount: 1 })).toMatchObject({
      id: '5415',
      code: '5415',
      label: 'Computer Systems Design',
      countTitle: '1 code below',
    });
    expect(onetNode({ code: '15', title: 'Computer and Mathematical Occupations', level: 'majorGroup', childCount: 21 }).countTitle).toBe('21 SOC codes');
    expect(onetNode({ code: '15-1252.00', title: 'Software Developers', level: 'occupation', childCount: 0 }).expandable).toBe(false);
  });
});

describe('tree paths', () => {
  it('spells an O*NET code’s path from its major group', () => {
    expect(onetPath('15-1252.00')).toEqual(['15', '15-1252', '15-1252.00']);
    expect(onetPath('15-1252')).toEqual(['15', '15-1252']);
    expect(onetPath('15')).toEqual(['15']);
    expect(onetPath('nurse')).toEqual([]);
  });

  it('places a type under Thing, and nowhere when it is not below Thing', () => {
    expect(typePath('Person', ['Thing'])).toEqual(['Thing', 'Person']);
    expect(typePath('Thing', [])).toEqual(['Thing']);
    expect(typePath('Metric', [])).toBeUndefined();
    expect(typePath('Date', ['DataType'])).toBeUndefined();
  });
});
