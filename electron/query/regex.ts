/**
 * Regular expressions for `$regex`: validated once, cached, and evaluated by a SQLite user
 * function (`regexp_match`) registered on every connection. JavaScript's engine gives the
 * same results as mingo, the oracle for query semantics.
 */
import type Database from 'better-sqlite3';
import { badQuery } from '../../shared/errors';

const cache = new Map<string, RegExp>();
const CACHE_LIMIT = 500;
/** Longest pattern accepted. */
const MAX_PATTERN = 1000;

/** Compiles (and caches) a pattern; an invalid one is BAD_QUERY at `at`. */
export function compileRegex(source: string, flags: string, at = '$regex'): RegExp {
  const key = `${flags}/${source}`;
  const hit = cache.get(key);
  if (hit) return hit;
  if (source.length > MAX_PATTERN) throw badQuery(at, `a pattern has at most ${MAX_PATTERN} characters`);
  let re: RegExp;
  try {
    re = new RegExp(source, flags);
  } catch (error) {
    throw badQuery(at, `the regular expression does not compile: ${(error as Error).message}`);
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, re);
  return re;
}

/** Registers `regexp_match(pattern, flags, value)`: 1 when a text value matches, else 0. */
export function registerRegexFunction(db: Database.Database): void {
  db.function('regexp_match', { deterministic: true, varargs: false }, (source: unknown, flags: unknown, value: unknown) => {
    if (typeof value !== 'string' || typeof source !== 'string' || typeof flags !== 'string') return 0;
    const re = compileRegex(source, flags);
    re.lastIndex = 0;
    return re.test(value) ? 1 : 0;
  });
}

/**
 * The literal prefix an anchored pattern requires (`^Jo` -> `Jo`), usable as an index range,
 * or null. Only ASCII letters, digits, space, `_` and `-` count, so case folding by SQLite's
 * `lower()` (ASCII only) agrees with JavaScript's `i` flag (which, without `u`, never folds
 * a non-ASCII character to ASCII).
 */
export function literalPrefix(source: string, flags: string): string | null {
  // An alternation anywhere could bypass the anchor (`^Jo|x`), and `m` anchors at every line.
  if (!source.startsWith('^') || flags.includes('m') || source.includes('|')) return null;
  const match = /^\^([A-Za-z0-9 _-]*)/.exec(source);
  let prefix = match?.[1] ?? '';
  const next = source.charAt(1 + prefix.length);
  // A quantifier after the last literal character may make it optional.
  if (next === '?' || next === '*' || next === '{') prefix = prefix.slice(0, -1);
  return prefix.length > 0 ? prefix : null;
}

/** The smallest string greater than every string starting with `prefix` (ASCII prefixes). */
export function prefixUpperBound(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}
