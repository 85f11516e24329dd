import { describe, expect, it } from 'vitest';
import { TypeDescriptorSchema } from '../../shared/vocab/descriptor';
import { Vocabulary } from './vocabulary';

describe('every schema.org type', () => {
  const vocab = new Vocabulary();

  it('has a descriptor that is valid JSON and a zod schema that accepts a bare entity of the type', () => {
    const names = vocab.typeNames(['type', 'enumeration']);
    expect(names).toHaveLength(823 + 96);
    const failures: string[] = [];
    for (const name of names) {
      const descriptor = vocab.type(name);
      const json = JSON.parse(JSON.stringify(descriptor));
      if (!TypeDescriptorSchema.safeParse(json).success) failures.push(`${name}: descriptor`);
      const parsed = vocab.schema(name).safeParse({ $type: name, $id: `${name}-1` });
      if (!parsed.success) failures.push(`${name}: ${parsed.error.message}`);
    }
    expect(failures).toEqual([]);
  });

  it('builds embedded schemas lazily: a nested type is built when a value needs it', () => {
    const v = new Vocabulary();
    expect(v.check('Person', { worksFor: { $type: 'Organization', department: { $type: 'Organization', name: 'R&D' } } }).ok).toBe(true);
  });
});
