import { describe, expect, it } from 'vitest';
import { generateDemo } from '../demo/generate-demo';
import { installExamples } from './examples';
import { Vocabulary } from './vocabulary';

describe('the demo workspace data', () => {
  it('validates strictly against the vocabulary, Person.age included through its extension', () => {
    const vocab = new Vocabulary();
    installExamples(vocab);
    const issues: string[] = [];
    const warnings = new Set<string>();
    for (const batch of generateDemo({ people: 60, now: new Date('2026-01-01T00:00:00Z') })) {
      for (const entity of batch.entities) {
        const result = vocab.check(batch.type, entity, 'strict');
        if (!result.ok) issues.push(...result.issues.map((i) => `${entity.$id} ${i.path.join('.')}: ${i.message}`));
        for (const w of result.warnings) warnings.add(`${batch.type}.${w.path.join('.')}`);
      }
    }
    expect(issues.slice(0, 5)).toEqual([]);
    expect([...warnings]).toEqual([]);
  });
});
