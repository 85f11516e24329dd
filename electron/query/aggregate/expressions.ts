/**
 * Aggregation expressions: field paths (`'$worksFor.name'`), literals, objects and arrays of
 * expressions, `$literal` and `$dateToString`. Parsed once into immutable nodes; evaluated
 * in JavaScript here and compiled to SQL by `compile-group.ts` where possible.
 */
import { badQuery } from '../../../shared/errors';
import { parsePath, printable } from '../identifiers';
import { isPlainObject } from '../parse-where';
import { DEFAULT_FORMAT, formatDate, parseDateFormat, toDate, type DateFormat } from './date-format';
import { resolvePath } from './paths';

/** A parsed expression. */
export type Expr =
  | { readonly kind: 'path'; readonly segments: readonly string[] }
  | { readonly kind: 'literal'; readonly value: unknown }
  | { readonly kind: 'object'; readonly fields: ReadonlyArray<readonly [string, Expr]> }
  | { readonly kind: 'array'; readonly items: readonly Expr[] }
  | { readonly kind: 'dateToString'; readonly date: Expr; readonly format: DateFormat; readonly onNull?: Expr };

const MAX_DEPTH = 16;

/** Parses an expression; anything unsupported is BAD_QUERY naming where it is. */
export function parseExpr(value: unknown, at: string, depth = 0): Expr {
  if (depth > MAX_DEPTH) throw badQuery(at, 'the expression nests too deeply');
  if (typeof value === 'string' && value.startsWith('$')) {
    if (value.startsWith('$$')) throw badQuery(at, `variables such as "${printable(value)}" are not supported`);
    return Object.freeze({ kind: 'path', segments: parsePath(value.slice(1), at) });
  }
  if (Array.isArray(value)) return Object.freeze({ kind: 'array', items: value.map((v, i) => parseExpr(v, `${at}[${i}]`, depth + 1)) });
  if (isPlainObject(value)) {
    const keys = Object.keys(value);
    const op = keys.find((k) => k.startsWith('$'));
    if (op === undefined) {
      return Object.freeze({ kind: 'object', fields: keys.map((k) => [checkKey(k, at), parseExpr(value[k], `${at}.${k}`, depth + 1)] as const) });
    }
    if (keys.length !== 1) throw badQuery(at, `an operator expression has one key, "${printable(op)}"`);
    if (op === '$literal') return Object.freeze({ kind: 'literal', value: value.$literal });
    if (op === '$dateToString') return parseDateToString(value.$dateToString, `${at}.$dateToString`, depth);
    throw badQuery(at, `the expression operator "${printable(op)}" is not supported (supported: $literal, $dateToString)`);
  }
  return Object.freeze({ kind: 'literal', value });
}

function parseDateToString(spec: unknown, at: string, depth: number): Expr {
  if (!isPlainObject(spec) || spec.date === undefined) throw badQuery(at, '$dateToString takes { date, format?, timezone?, onNull? }');
  for (const key of Object.keys(spec)) {
    if (!['date', 'format', 'timezone', 'onNull'].includes(key)) throw badQuery(`${at}.${printable(key)}`, 'unknown $dateToString option');
  }
  const node: Expr = {
    kind: 'dateToString',
    date: parseExpr(spec.date, `${at}.date`, depth + 1),
    format: parseDateFormat(spec.format ?? DEFAULT_FORMAT, spec.timezone, at),
    ...(spec.onNull !== undefined ? { onNull: parseExpr(spec.onNull, `${at}.onNull`, depth + 1) } : {}),
  };
  return Object.freeze(node);
}

function checkKey(key: string, at: string): string {
  if (key.includes('.') || key === '__proto__' || key.length === 0) throw badQuery(`${at}.${printable(key)}`, 'a field name in an expression has no dots');
  return key;
}

/** Evaluates an expression against a document; `undefined` means "missing". */
export function evaluate(expr: Expr, doc: unknown): unknown {
  switch (expr.kind) {
    case 'path':
      return resolvePath(doc, expr.segments);
    case 'literal':
      return expr.value;
    case 'array':
      return expr.items.map((item) => evaluate(item, doc) ?? null);
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, item] of expr.fields) {
        const value = evaluate(item, doc);
        if (value !== undefined) out[key] = value;
      }
      return out;
    }
    case 'dateToString': {
      const raw = evaluate(expr.date, doc);
      if (raw === undefined || raw === null) return expr.onNull ? (evaluate(expr.onNull, doc) ?? null) : null;
      const date = toDate(raw);
      return date ? formatDate(date, expr.format) : null;
    }
  }
}
