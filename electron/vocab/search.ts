/**
 * Ranking for typo-tolerant search over names and titles: exact > prefix > word prefix >
 * substring > small edit distance > description match. Scores are integers; ties are
 * broken by the caller (shorter name, then alphabetical).
 */
import { editDistance } from '../../shared/vocab/edit-distance';

/** A scored search result. */
export interface Scored<T> {
  item: T;
  score: number;
}

/** Splits `LocalBusiness` / `3DModel` into lower-case words. */
export function camelWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9*]+/)
    .filter(Boolean);
}

const maxEdits = (length: number): number => (length <= 3 ? 0 : length <= 5 ? 1 : 2);

/** How well a query matches a name (a type name, without spaces); 0 for no match. */
export function scoreName(query: string, name: string, words: readonly string[] = camelWords(name)): number {
  const q = query.replace(/\s+/g, '').toLowerCase();
  const n = name.toLowerCase();
  if (!q) return 0;
  if (n === q) return 1000;
  if (n.startsWith(q)) return 900 - Math.min(n.length - q.length, 99);
  if (words.some((w) => w.startsWith(q))) return 700 - Math.min(n.length - q.length, 99);
  if (n.includes(q)) return 600 - Math.min(n.length - q.length, 99);
  const budget = maxEdits(q.length);
  if (budget === 0) return 0;
  const whole = editDistance(q, n, budget);
  if (whole <= budget) return 500 - 100 * whole - Math.min(n.length, 50);
  // A typo in the first letters of a long name (`Organizaton` for `OrganizationRole`).
  const prefix = editDistance(q, n.slice(0, q.length), budget);
  if (prefix <= budget) return 300 - 100 * prefix - Math.min(n.length, 50);
  return 0;
}

/** How well a query matches a title and an optional longer text; 0 for no match. */
export function scoreText(query: string, title: string, body?: string): number {
  const q = query.trim().toLowerCase().replace(/\s+/g, ' ');
  const t = title.toLowerCase();
  if (!q) return 0;
  if (t === q) return 1000;
  if (t.startsWith(q)) return 900 - Math.min(t.length - q.length, 99);
  const qWords = q.split(' ');
  const tWords = t.split(/[^a-z0-9*]+/).filter(Boolean);
  if (qWords.every((w) => tWords.some((tw) => tw.startsWith(w)))) return 700 - Math.min(t.length, 99);
  if (t.includes(q)) return 600 - Math.min(t.length, 99);
  const fuzzy = qWords.every((w) => {
    const budget = maxEdits(w.length);
    return tWords.some(
      (tw) => tw.startsWith(w) || (budget > 0 && Math.min(editDistance(w, tw, budget), editDistance(w, tw.slice(0, w.length), budget)) <= budget),
    );
  });
  if (fuzzy) return 400 - Math.min(t.length, 99);
  if (body) {
    const b = body.toLowerCase();
    if (qWords.every((w) => b.includes(w))) return 200;
  }
  return 0;
}

/** The best `limit` items by score, ties broken by `tieKey` (then alphabetically). */
export function topScored<T>(scored: Scored<T>[], limit: number, tieKey: (item: T) => string): Scored<T>[] {
  return scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || tieKey(a.item).length - tieKey(b.item).length || (tieKey(a.item) < tieKey(b.item) ? -1 : 1))
    .slice(0, limit);
}
