/**
 * Prints JSON values as TypeScript source the way a person writes them: identifier keys
 * unquoted, single-quoted strings, short objects on one line.
 */

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
/** Objects and arrays whose one-line form fits this width stay on one line. */
const INLINE_WIDTH = 72;

/** A string as a single-quoted TypeScript literal. */
export function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\u2028|\u2029/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`)}'`;
}

/** An object key: bare when it is an identifier, quoted otherwise (`'worksFor.name'`). */
export function key(name: string): string {
  return IDENTIFIER.test(name) ? name : quote(name);
}

/** A JSON value as TypeScript source, indented by `indent` spaces after the first line. */
export function toJsLiteral(value: unknown, indent = 0): string {
  const inline = oneLine(value);
  if (inline.length + indent <= INLINE_WIDTH) return inline;
  const pad = ' '.repeat(indent + 2);
  const end = ' '.repeat(indent);
  if (Array.isArray(value)) return `[\n${value.map((v) => pad + toJsLiteral(v, indent + 2)).join(',\n')},\n${end}]`;
  if (isObject(value)) {
    const lines = Object.entries(value).map(([k, v]) => `${pad}${key(k)}: ${toJsLiteral(v, indent + 2)}`);
    return `{\n${lines.join(',\n')},\n${end}}`;
  }
  return inline;
}

function oneLine(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`;
  if (isObject(value)) {
    const entries = Object.entries(value);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${key(k)}: ${oneLine(v)}`).join(', ')} }`;
  }
  return 'undefined';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
