import { describe, expect, it } from 'vitest';
import { Vocabulary } from './vocabulary';

const vocab = new Vocabulary();

describe('NAICS 2022', () => {
  it('loads every code of the source, by level', () => {
    expect(vocab.naics.size).toBe(2125);
    expect(vocab.naics.countsByLevel()).toEqual({ sector: 20, subsector: 96, industryGroup: 308, industry: 689, nationalIndustry: 1012 });
  });

  it('has a tree from the 20 sectors (ranges included) down to 6-digit industries', () => {
    const sectors = vocab.naics.children(null);
    expect(sectors).toHaveLength(20);
    expect(sectors.map((s) => s.code)).toContain('31-33');
    expect(vocab.naics.children('31-33').map((c) => c.code)).toContain('311');
    expect(vocab.naics.path('541511').map((c) => c.code)).toEqual(['54', '541', '5415', '54151', '541511']);
    expect(vocab.naics.get('541511')).toMatchObject({ title: 'Custom Computer Programming Services', levelName: 'nationalIndustry', childCount: 0 });
  });

  it('searches by code prefix and by title words with typos', () => {
    expect(vocab.naics.search('5415', 3)[0]?.code).toBe('5415');
    expect(vocab.naics.search('custom computer programming', 3)[0]?.code).toBe('541511');
    expect(vocab.naics.search('sofware publishers', 3)[0]?.code).toMatch(/^5132/);
    expect(vocab.naics.search('farming', 50, 6).every((c) => c.level === 6)).toBe(true);
  });
});

describe('O*NET 30.1', () => {
  it('loads every occupation of the source', () => {
    expect(vocab.onet.counts()).toEqual({ occupations: 1016, dataLevel: 923, socCodes: 867, majorGroups: 23 });
  });

  it('has a major group → SOC code → occupation tree with titles', () => {
    const groups = vocab.onet.children(null);
    expect(groups).toHaveLength(23);
    expect(groups.find((g) => g.code === '15')?.title).toBe('Computer and Mathematical Occupations');
    expect(vocab.onet.children('15').map((s) => s.code)).toContain('15-1252');
    expect(vocab.onet.children('11-1011').map((o) => o.code)).toEqual(['11-1011.00', '11-1011.03']);
  });

  it('gets and searches occupations, with the data-level flag', () => {
    expect(vocab.onet.get('15-1252.00')).toMatchObject({ title: 'Software Developers', soc: '15-1252', majorGroup: '15', dataLevel: true });
    expect(vocab.onet.search('software developers', 3)[0]?.code).toBe('15-1252.00');
    expect(vocab.onet.search('15-12', 50).every((o) => o.code.startsWith('15-12'))).toBe(true);
    expect(vocab.onet.search('all other', 100, true).every((o) => o.dataLevel)).toBe(true);
  });
});
