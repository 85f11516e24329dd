import { describe, expect, it } from 'vitest';
import { fromJsonLd, toJsonLd } from './json-ld';

describe('JSON-LD', () => {
  const values = { name: 'Ada', worksFor: { $type: 'Organization', name: 'Acme' }, knows: [{ $type: 'Person', $id: 'p2' }] };

  it('writes @context, @type and @id at every depth', () => {
    expect(toJsonLd('Person', 'p1', values)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Person',
      '@id': 'p1',
      name: 'Ada',
      worksFor: { '@type': 'Organization', name: 'Acme' },
      knows: [{ '@type': 'Person', '@id': 'p2' }],
    });
  });

  it('reads its own output back', () => {
    const read = fromJsonLd(JSON.stringify(toJsonLd('Person', 'p1', values)), 'Person', 'p1');
    expect(read).toEqual({ ok: true, values });
  });

  it('refuses bad JSON, another type and another id', () => {
    expect(fromJsonLd('{', 'Person', 'p1').ok).toBe(false);
    expect(fromJsonLd('{"@type":"Organization"}', 'Person', 'p1')).toMatchObject({ ok: false, message: expect.stringContaining('Organization') });
    expect(fromJsonLd('{"@id":"p9"}', 'Person', 'p1').ok).toBe(false);
    expect(fromJsonLd('{"@type":"https://schema.org/Person","name":"A"}', 'Person', 'p1')).toEqual({ ok: true, values: { name: 'A' } });
  });
});
