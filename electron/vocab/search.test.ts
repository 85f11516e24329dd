import { describe, expect, it } from 'vitest';
import { camelWords, scoreName } from './search';
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
    expect(scoreName('local', 'LocalBusiness')).toBeGreaterThan(scoreName('business', 'LocalBusiness'));
    expect(scoreName('business', 'LocalBusiness')).toBeGreaterThan(scoreName('usiness', 'LocalBusiness'));
    expect(scoreName('usiness', 'LocalBusiness')).toBeGreaterThan(scoreName('localbusines', 'LocalBusiness') - 400);
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
