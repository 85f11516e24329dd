/**
 * The one gate through which names chosen by users reach SQL text: JSON paths and type
 * names. Expression indexes only match queries that repeat the indexed expression
 * literally, so paths and type names cannot be bound parameters; they are validated here
 * against a strict alphabet and then single-quoted (the bundled SQLite has DQS=0).
 */
import { badQuery } from '../../shared/errors';
import { Sql } from './sql';

/** A property name usable in a path: letters, digits, `_` and `-`, not starting with a digit or `-`. */
const SEGMENT = /^[A-Za-z_][A-Za-z0-9_-]{0,99}$/;
/** A type name, the same rule as `TypeNameSchema` in shared/entity.ts. */
const TYPE_NAME = /^[A-Za-z][A-Za-z0-9_]{0,99}$/;
/** Names that would reach JavaScript prototypes when we walk documents. */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
/** Deepest path we accept; documents are walked to the same depth. */
export const MAX_PATH_DEPTH = 16;

/** Splits and validates a dotted property path (`worksFor.name`); throws BAD_QUERY naming it. */
export function parsePath(path: string, where = path): string[] {
  if (typeof path !== 'string' || path.length === 0) throw badQuery(where, 'a field path must be a non-empty string');
  if (path.length > 1000) throw badQuery(where.slice(0, 100), 'the field path is too long');
  const segments = path.split('.');
  if (segments.length > MAX_PATH_DEPTH) throw badQuery(where, `a field path has at most ${MAX_PATH_DEPTH} parts`);
  for (const segment of segments) {
    if (!SEGMENT.test(segment) || FORBIDDEN.has(segment)) {
      throw badQuery(
        where,
        `"${printable(segment)}" is not a valid field name (letters, digits, "_" and "-"; array positions are not supported)`,
      );
    }
  }
  return segments;
}

/** True when `name` is a valid type name. */
export function isTypeName(name: unknown): name is string {
  return typeof name === 'string' && TYPE_NAME.test(name);
}

/** The SQL string literal of a validated JSON path: `'$.worksFor.name'`. */
export function jsonPathLiteral(segments: readonly string[]): Sql {
  return Sql.trusted(`'${jsonPathText(segments)}'`);
}

/** The JSON path text of validated segments, for binding as a value or concatenation. */
export function jsonPathText(segments: readonly string[]): string {
  for (const segment of segments) {
    if (!SEGMENT.test(segment) || FORBIDDEN.has(segment)) throw badQuery(segments.join('.'), 'invalid field name');
  }
  return segments.length === 0 ? '$' : `$.${segments.join('.')}`;
}

/** The SQL string literal of a validated type name: `'Person'`. */
export function typeLiteral(type: string): Sql {
  if (!isTypeName(type)) throw badQuery('$type', `"${printable(type)}" is not a valid type name`);
  return Sql.trusted(`'${type}'`);
}

/** A short, control-character-free rendering of user text for error messages. */
export function printable(text: unknown): string {
  return String(text).replace(/[\u0000-\u001f\u007f]/g, '?').slice(0, 60);
}

/** The SQL string literal of a relative JSON path suffix (`'.b.c'`) to append to a `fullkey`. */
export function jsonSuffixLiteral(segments: readonly string[]): Sql {
  const full = jsonPathText(segments);
  return Sql.trusted(`'${full.slice(1)}'`);
}
