import { describe, expect, it } from 'vitest';
import { parseDuration } from './duration';

describe('parseDuration', () => {
  it('reads the ways people write periods', () => {
    expect(parseDuration('90 days')).toBe(90 * 86_400_000);
    expect(parseDuration('1 day')).toBe(86_400_000);
    expect(parseDuration('12 hours')).toBe(12 * 3_600_000);
    expect(parseDuration('30d')).toBe(30 * 86_400_000);
    expect(parseDuration('2 weeks')).toBe(14 * 86_400_000);
    expect(parseDuration('1 year')).toBe(365 * 86_400_000);
    expect(parseDuration('45 seconds')).toBe(45_000);
  });

  it('names what is wrong', () => {
    expect(() => parseDuration('soon')).toThrow(/not a duration/);
    expect(() => parseDuration('3 fortnights')).toThrow(/not a duration/);
    expect(() => parseDuration('0 days')).toThrow(/longer than zero/);
  });
});
