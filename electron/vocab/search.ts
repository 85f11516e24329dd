/**
 * Ranking for typo-tolerant search over names and titles: exact > prefix > word prefix >
 * substring > small edit distance > description match. Scores are integers; ties are
 * broken by the caller (shorter name, then alphabetical). Candidates are prepared once
 * (lower-cased, split into words) so a query only compares strings.
 */
import { editDistance } from '../../shared/vocab/edit-distance';

/** A scored search result. */
export interface Scored<T> {
  item: T;
  score: number;
}

/** A candidate's text, lower-cased and split once. */
export interface Prepared {
  text: string;
  words: string[];
  body: string;
}

/** Splits `LocalBusiness` / `CDCPMDRecord` into lower-case words. */
export function camelWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9*]+/)
    .filter(Boolean);
}

/** Prepares a type name (words from its camel case) with an optional description. */
export function prepareName(name: string, body = ''): Prepared {
  return { text: name.toLowerCase(), words: camelWords(name), body: body.toLowerCase() };
}

/** Prepares a title (words split on spaces and punctuation) with an optional longer text. */
export function prepareTitle(title: string, body = ''): Prepared {
  const text = title.toLowerCase();
  return { text, words: text.split(/[^a-z0-9*]+/).filter(Boolean), body: body.toLowerCase() };
}

const maxEdits = (length: number): number => (length <= 3 ? 0 : length <= 5 ? 1 : 2);

/** A query, normalised once for a whole search. */
export interface Query {
  /** Lower case, spaces removed (for names). */
  compact: string;
  /** Lower case, single spaces (for titles). */
  spaced: string;
  words: string[];
}

/** Normalises a query for `scoreName` / `scoreText`. */
export function prepareQuery(query: string): Query {
  const spaced = query.trim().toLowerCase().replace(/\s+/g, ' ');
  return { compact: spaced.replace(/ /g, ''), spaced, words: spaced.split(' ').filter(Boolean) };
}

/** True when every query word occurs in the body (whole-text fallback). */
const inBody = (words: readonly string[], body: string): boolean => body !== '' && words.every((w) => body.includes(w));

/** How well a query (a string, or prepared once for many candidates) matches a name, spaces ignored; 0 for no match. */
export function scoreName(input: string | Query, name: Prepared): number {
  const query = typeof input === 'string' ? prepareQuery(input) : input;
  const q = query.compact;
  const n = name.text;
  if (!q) return 0;
  if (n === q) return 1000;
  if (n.startsWith(q)) return 900 - Math.min(n.length - q.length, 99);
  if (name.words.some((w) => w.startsWith(q))) return 700 - Math.min(n.length - q.length, 99);
  if (n.includes(q)) return 600 - Math.min(n.length - q.length, 99);
  const budget = maxEdits(q.length);
  if (budget > 0) {
    const whole = editDistance(q, n, budget);
    if (whole <= budget) return 500 - 100 * whole - Math.min(n.length, 50);
    // A typo in the first letters of a long name (`Organizaton` for `OrganizationRole`).
    const prefix = editDistance(q, n.slice(0, q.length), budget);
    if (prefix <= budget) return 300 - 100 * prefix - Math.min(n.length, 50);
  }
  return q.length >= 3 && inBody(query.words, name.body) ? 150 : 0;
}

/** How well a query (a string, or prepared once for many candidates) matches a title and its longer text; 0 for no match. */
export function scoreText(input: string | Query, title: Prepared): number {
  const query = typeof input === 'string' ? prepareQuery(input) : input;
  const q = query.spaced;
  const t = title.text;
  if (!q) return 0;
  if (t === q) return 1000;
  if (t.startsWith(q)) return 900 - Math.min(t.length - q.length, 99);
  const qWords = query.words;
  if (qWords.every((w) => title.words.some((tw) => tw.startsWith(w)))) return 700 - Math.min(t.length, 99);
  if (t.includes(q)) return 600 - Math.min(t.length, 99);
  const fuzzy = qWords.every((w) => {
    const budget = maxEdits(w.length);
    return title.words.some((tw) => tw.startsWith(w) || (budget > 0 && Math.min(editDistance(w, tw, budget), editDistance(w, tw.slice(0, w.length), budget)) <= budget));
  });
  if (fuzzy) return 400 - Math.min(t.length, 99);
  return inBody(qWords, title.body) ? 200 : 0;
}

/** The best `limit` items by score, ties broken by `tieKey` (shorter first, then alphabetical). */
export function topScored<T>(scored: Scored<T>[], limit: number, tieKey: (item: T) => string): Scored<T>[] {
  return scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || tieKey(a.item).length - tieKey(b.item).length || (tieKey(a.item) < tieKey(b.item) ? -1 : 1))
    .slice(0, limit);
}
