import { describe, expect, it } from 'vitest';
import { lookup } from '../../renderer/test/descriptors';
import { fieldsFromDescriptor, mergeFields } from './fields';
import { inferFields } from './infer-fields';

describe('fields from the vocabulary', () => {
  const fields = fieldsFromDescriptor(lookup, 'Person');
  const byPath = new Map(fields.map((f) => [f.path, f]));

  it('offers properties with kinds from their ranges', () => {
    expect(byPath.get('name')).toMatchObject({ kind: 'text', array: false });
    expect(byPath.get('birthDate')).toMatchObject({ kind: 'date' });
    expect(byPath.get('height')).toMatchObject({ kind: 'number' });
    expect(byPath.get('gender')).toMatchObject({ kind: 'enum', members: ['Female', 'Male'] });
    expect(byPath.get('worksFor')).toMatchObject({ kind: 'reference', refType: 'Organization' });
    expect(byPath.get('knowsLanguage')).toMatchObject({ array: true });
  });

  it('goes one level into entity ranges', () => {
    expect(byPath.get('worksFor.name')).toMatchObject({ kind: 'text' });
    expect(byPath.get('worksFor.numberOfEmployees')).toMatchObject({ kind: 'number' });
    expect([...byPath.keys()].some((p) => p.split('.').length > 2)).toBe(false);
  });

  it('includes custom types', () => {
    const sub = new Map(fieldsFromDescriptor(lookup, 'Subscription').map((f) => [f.path, f]));
    expect(sub.get('plan')).toMatchObject({ kind: 'enum', members: ['free', 'basic', 'pro'] });
    expect(sub.get('renewsAt')).toMatchObject({ kind: 'datetime' });
    expect(sub.get('active')).toMatchObject({ kind: 'boolean' });
  });
});

describe('fields seen in data', () => {
  const docs = [
    { $id: 'm1', name: 'cpu.usage', value: 3.5, timestamp: '2026-01-01T10:00:00.000Z', labels: { host: 'web-1' }, tags: ['a'] },
    { $id: 'm2', name: 'cpu.usage', value: 4, day: '2026-01-02', labels: { host: 'db-1', region: 'us' } },
  ];

  it('finds nested paths and kinds, skipping bookkeeping', () => {
    const found = new Map(inferFields(docs).map((f) => [f.path, f]));
    expect([...found.keys()]).toEqual(['day', 'labels', 'labels.host', 'labels.region', 'name', 'tags', 'timestamp', 'value']);
    expect(found.get('timestamp')?.kind).toBe('datetime');
    expect(found.get('day')?.kind).toBe('date');
    expect(found.get('value')?.kind).toBe('number');
    expect(found.get('labels')?.kind).toBe('object');
    expect(found.get('tags')).toMatchObject({ kind: 'text', array: true });
  });

  it('lets data decide shape and the vocabulary decide meaning when merging', () => {
    const vocabulary = fieldsFromDescriptor(lookup, 'Person');
    const seen = inferFields([{ worksFor: { name: 'Acme Inc' }, gender: 'Female', knowsLanguage: ['English'] }]);
    const merged = new Map(mergeFields(vocabulary, seen).map((f) => [f.path, f]));
    expect(merged.get('worksFor')).toMatchObject({ kind: 'object', source: 'both' });
    expect(merged.get('gender')).toMatchObject({ kind: 'enum', source: 'both' });
    expect(merged.get('knowsLanguage')).toMatchObject({ array: true });
    expect(mergeFields(vocabulary, seen)[0]?.source).toBe('both');
  });
});
