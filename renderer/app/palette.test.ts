import { describe, expect, it } from 'vitest';
import { matchScore, rankItems, type PaletteItem } from './palette';

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
});
