import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImportTracker } from './import-tracker';
import type { ImportRow } from './import-row';
import { runImport } from './import-runner';
import { readJsonLd } from './read-jsonld';
import { fileSource, stringSource } from './text-source';
import { openTestStore, testVocabulary, type TestStore } from './testing-store';

const lookup = testVocabulary().lookup;
const fixture = (name: string) => new URL(`./fixtures/jsonld/${name}`, import.meta.url).pathname;

async function read(name: string): Promise<ImportRow[]> {
  const rows: ImportRow[] = [];
  for await (const row of readJsonLd(fileSource(fixture(name)).chunks(), lookup)) rows.push(row);
  return rows;
}
const data = (rows: ImportRow[]) => rows.map((r) => ('data' in r ? r.data : r.issues));

describe('JSON-LD as web pages publish it', () => {
  it('reads a LocalBusiness subtype with its address, geo and opening hours', async () => {
    const [restaurant] = data(await read('local-business.jsonld')) as Array<Record<string, unknown>>;
    expect(restaurant).toMatchObject({
      $type: 'Restaurant',
      $id: 'https://davesdeli.example/#restaurant',
      name: "Dave's Deli",
      address: { $type: 'PostalAddress', postalCode: '95129', addressCountry: 'US' },
      geo: { $type: 'GeoCoordinates', latitude: 37.293058 },
      openingHoursSpecification: [
        { $type: 'OpeningHoursSpecification', dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'], opens: '08:00' },
        { $type: 'OpeningHoursSpecification', dayOfWeek: 'Saturday' },
      ],
    });
    expect(restaurant!.image).toHaveLength(2);
  });

  it('reads a product page: brand, review, rating and an offer, enumeration IRIs as member names', async () => {
    const [product] = data(await read('product-page.jsonld')) as Array<Record<string, unknown>>;
    expect(product).toMatchObject({
      $type: 'Product',
      brand: { $type: 'Brand', name: 'ACME' },
      review: { $type: 'Review', reviewRating: { $type: 'Rating', ratingValue: 4 }, author: { $type: 'Person', name: 'Fred Benson' } },
      offers: { $type: 'Offer', price: 119.99, availability: 'InStock', itemCondition: 'UsedCondition' },
    });
    expect(product).not.toHaveProperty('$id');
  });

  it('reads each node of a @graph, keeping @id links between them as references', async () => {
    const rows = data(await read('blog-graph.jsonld')) as Array<Record<string, unknown>>;
    expect(rows.map((r) => r.$type)).toEqual(['Organization', 'WebSite', 'Person', 'Article']);
    expect(rows[1]).toMatchObject({ publisher: 'https://news.example/#organization' });
    expect(rows[2]).toMatchObject({ $id: 'https://news.example/#/schema/person/jane', worksFor: 'https://news.example/#organization' });
    expect(rows[3]).toMatchObject({ author: 'https://news.example/#/schema/person/jane', keywords: ['weather', 'roads'], wordCount: 642 });
  });

  it('reads expanded JSON-LD written by another tool (https schema.org IRIs, every value an array)', async () => {
    const [event] = data(await read('event-expanded.jsonld')) as Array<Record<string, unknown>>;
    expect(event).toEqual({
      $id: 'https://tickets.example/events/4711',
      $type: 'MusicEvent',
      name: 'Harbour Lights Live',
      startDate: '2026-07-21T19:30:00-07:00',
      eventStatus: 'EventScheduled',
      location: { $type: 'Place', name: 'Pier 3 Pavilion', address: { $type: 'PostalAddress', addressLocality: 'Seattle', addressCountry: 'US' } },
      performer: [
        { $type: 'MusicGroup', name: 'The Tidewater Band' },
        { $type: 'Person', name: 'Mara Quinn' },
      ],
      offers: { $type: 'Offer', price: 45, priceCurrency: 'USD' },
    });
  });

  it('expands a document with its own context (aliases, @list, @id coercion) without the network', async () => {
    const [person] = data(await read('aliased-context.jsonld')) as Array<Record<string, unknown>>;
    expect(person).toEqual({
      $id: 'https://people.example/ada',
      $type: 'Person',
      name: 'Ada Lovelace',
      email: 'ada@people.example',
      jobTitle: 'Analyst',
      knowsLanguage: ['English', 'French'],
      url: 'https://people.example/ada/home',
      'https://intranet.example/vocab#note': 'met at the 1843 conference',
    });
  });

  it('refuses a remote context other than schema.org, as a rejected row', async () => {
    const rows = await read('remote-context.jsonld');
    expect(rows).toEqual([{ row: 1, issues: [{ path: ['@context'], message: expect.stringMatching(/not available offline/) }] }]);
  });

  it('streams a @graph that comes before its @context', async () => {
    const doc = JSON.stringify({ '@graph': [{ '@type': 'Person', name: 'A' }, { '@type': 'Person', name: 'B' }], '@context': 'https://schema.org' });
    const rows: ImportRow[] = [];
    for await (const row of readJsonLd(stringSource(doc, 5).chunks(), lookup)) rows.push(row);
    expect(data(rows)).toEqual([{ $type: 'Person', name: 'A' }, { $type: 'Person', name: 'B' }]);
  });
});

describe('importing web page JSON-LD into the store', () => {
  let t: TestStore;
  beforeEach(() => {
    t = openTestStore();
  });
  afterEach(() => t.dispose());

  it.each(['local-business.jsonld', 'product-page.jsonld', 'event-expanded.jsonld'])('validates and stores %s', async (name) => {
    const rows = readJsonLd(fileSource(fixture(name)).chunks(), lookup);
    const tracker = await runImport(t.store, rows, new ImportTracker('w', 'jsonld', 'all-or-nothing', undefined), { mode: 'all-or-nothing', lookup });
    expect(tracker.status().rejectedRows).toEqual([]);
    expect(tracker.state).toBe('done');
    expect(tracker.created).toBe(tracker.read);
  });

  it('keeps the valid nodes of a graph and reports the node a web page got wrong', async () => {
    const rows = readJsonLd(fileSource(fixture('blog-graph.jsonld')).chunks(), lookup);
    const tracker = await runImport(t.store, rows, new ImportTracker('w', 'jsonld', 'valid-rows', undefined), { mode: 'valid-rows', lookup });
    // schema.org gives ImageObject.width the range Distance | QuantitativeValue; the page wrote a bare number.
    expect(tracker.status().rejectedRows).toEqual([
      {
        row: 1,
        id: 'https://news.example/#organization',
        issues: [
          { path: ['logo', 'width'], message: expect.stringMatching(/QuantitativeValue or Distance/) },
          { path: ['logo', 'height'], message: expect.stringMatching(/QuantitativeValue or Distance/) },
        ],
      },
    ]);
    expect(tracker.created).toBe(3);
    expect(await t.store.get('Article', 'https://news.example/2026/03/storm/#article')).toMatchObject({ author: 'https://news.example/#/schema/person/jane' });
  });
});
