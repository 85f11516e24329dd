import { describe, expect, it } from 'vitest';
import { camelWords, prepareName, prepareQuery, scoreName } from './search';
import { Vocabulary } from './vocabulary';

const vocab = new Vocabulary();
const names = (q: string, limit = 5) => vocab.searchTypes(q, { limit }).map((t) => t.name);

describe('type search', () => {
  it('tolerates typos: Persn → Person first', () => {
    expect(names('Persn')[0]).toBe('Person');
    expect(names('Organizaton')[0]).toBe('Organization');
    expect(names('restuarant')[0]).toBe('Restaurant');
  });

  it('ranks exact > prefix > word prefix > substring', () => {
    expect(names('person')[0]).toBe('Person');
    const lb = prepareName('LocalBusiness');
    const score = (q: string) => scoreName(prepareQuery(q), lb);
    expect(score('localbusiness')).toBeGreaterThan(score('local'));
    expect(score('local')).toBeGreaterThan(score('business'));
    expect(score('business')).toBeGreaterThan(score('usiness'));
    expect(score('usiness')).toBeGreaterThan(score('locelbusiness'));
    expect(score('locelbusiness')).toBeGreaterThan(0);
    expect(names('local business')[0]).toBe('LocalBusiness');
  });

  it('finds types by words of their description', () => {
    expect(names('undead', 10)).toContain('Person');
  });

  it('filters by kind and honours the limit', () => {
    const enums = vocab.searchTypes('availability', { kinds: ['enumeration'], limit: 3 });
    expect(enums[0]?.name).toBe('ItemAvailability');
    expect(enums.length).toBeLessThanOrEqual(3);
  });

  it('splits names into words', () => {
    expect(camelWords('LocalBusiness')).toEqual(['local', 'business']);
    expect(camelWords('CDCPMDRecord')).toEqual(['cdcpmd', 'record']);
  });
});
