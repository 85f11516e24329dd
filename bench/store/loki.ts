/** The same queries against an in-memory LokiJS collection (a dev dependency, loaded only here). */
import { createRequire } from 'node:module';

/** The part of LokiJS the comparison uses. */
interface LokiCollection {
  insert(docs: object[]): void;
  chain(): { find(q: object): { limit(n: number): { data(): object[] } } };
}
interface LokiDb {
  addCollection(name: string, options?: object): LokiCollection;
}

/** A Loki collection loaded with `docs`, or null when lokijs is not installed. */
export function lokiCollection(docs: Array<Record<string, unknown>>): LokiCollection | null {
  let Loki: new (name: string) => LokiDb;
  try {
    Loki = createRequire(import.meta.url)('lokijs');
  } catch {
    return null;
  }
  const db = new Loki('bench.db');
  // Adaptive binary indices splice every insert into each index (quadratic at a million documents); without them
  // an index is sorted once, on the first query that needs it.
  const people = db.addCollection('people', { indices: ['email', 'age', 'jobTitle'], adaptiveBinaryIndices: false, disableMeta: true, clone: false });
  for (let i = 0; i < docs.length; i += 50_000) people.insert(docs.slice(i, i + 50_000).map((d) => ({ ...d })));
  return people;
}
