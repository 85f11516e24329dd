import { describe, expect, it } from 'vitest';
import { matchScore, orderSections, rankItems, type PaletteItem } from './palette';

const item = (label: string, section: PaletteItem['section'] = 'Types', keywords?: string): PaletteItem => ({ id: label, label, section, keywords, run: () => undefined });

describe('palette ranking', () => {
  it('scores prefixes above word prefixes above substrings above subsequences', () => {
    expect(matchScore('per', 'Person')).toBeGreaterThan(matchScore('per', 'New Person'));
    expect(matchScore('per', 'New Person')).toBeGreaterThan(matchScore('rso', 'Person'));
    expect(matchScore('prn', 'Person')).toBeGreaterThan(0);
    expect(matchScore('xyz', 'Person')).toBe(0);
  });

  it('keeps matching items only, best first, and matches keywords', () => {
    const items = [item('Organization'), item('Person'), item('New Person', 'Actions'), item('Toggle theme', 'Actions', 'dark light')];
    expect(rankItems(items, 'per').map((i) => i.label)).toEqual(['Person', 'New Person']);
    expect(rankItems(items, 'dark').map((i) => i.label)).toEqual(['Toggle theme']);
    expect(rankItems(items, '')).toHaveLength(4);
  });

  it('puts actions before entities when an action is named by the query, after them otherwise', () => {
    const ranked = rankItems([item('Person'), item('Open Vocabulary', 'Actions', 'types naics'), item('Switch theme', 'Actions')], 'vocab');
    const entities = [item('A post about vocabularies', 'Entities')];
    expect(orderSections(ranked, entities, 'vocab').map((i) => i.label)).toEqual(['Open Vocabulary', 'A post about vocabularies']);
    const byKeyword = rankItems([item('Open Vocabulary', 'Actions', 'types naics')], 'naics');
    expect(orderSections(byKeyword, [item('NAICS codes explained', 'Entities')], 'naics').map((i) => i.label)).toEqual(['NAICS codes explained', 'Open Vocabulary']);
  });
});
