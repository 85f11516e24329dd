import { describe, expect, it } from 'vitest';
import { humanize, pathLabel } from './labels';

describe('labels', () => {
  it('splits camel case into a sentence', () => {
    expect(humanize('jobTitle')).toBe('Job title');
    expect(humanize('naics')).toBe('NAICS');
    expect(humanize('naicsCode')).toBe('NAICS code');
    expect(humanize('$updatedAt')).toBe('Updated');
    expect(humanize('$id')).toBe('ID');
  });
  it('labels nested paths step by step', () => {
    expect(pathLabel('worksFor.name')).toBe('Works for › Name');
  });
});
