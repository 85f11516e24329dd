/** Turns a CSV cell's text into a value by its column's kind; text that does not convert stays text for validation to report. */
import type { CellKind } from '../../shared/channels/transfer';

const CANONICAL_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;
const TRUE = new Set(['true', 'yes', 'y', '1']);
const FALSE = new Set(['false', 'no', 'n', '0']);

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** A number written plainly (`42`, `-1.5`, `2e3`; not `007`, `+1`, ` 4`), so identifiers and phone numbers stay text. */
export function isCanonicalNumber(text: string): boolean {
  return CANONICAL_NUMBER.test(text);
}

/** The value of a cell; undefined for an empty cell (the property is left out). */
export function cellValue(text: string, kind: CellKind, multiple: boolean): unknown {
  if (text === '') return undefined;
  if (multiple && text.startsWith('[')) {
    const parsed = parseJson(text);
    if (parsed.ok && Array.isArray(parsed.value)) return parsed.value;
  }
  switch (kind) {
    case 'text':
      return text;
    case 'number':
    case 'integer': {
      const n = Number(text.trim());
      return text.trim() !== '' && Number.isFinite(n) ? n : text;
    }
    case 'boolean': {
      const t = text.trim().toLowerCase();
      return TRUE.has(t) ? true : FALSE.has(t) ? false : text;
    }
    case 'number-or-text':
      return isCanonicalNumber(text) ? Number(text) : text;
    case 'json': {
      if (!text.startsWith('{') && !text.startsWith('[')) return text;
      const parsed = parseJson(text);
      return parsed.ok ? parsed.value : text;
    }
    case 'auto': {
      if (text === 'true' || text === 'false') return text === 'true';
      if (isCanonicalNumber(text)) return Number(text);
      if (text.startsWith('{') || text.startsWith('[')) {
        const parsed = parseJson(text);
        if (parsed.ok) return parsed.value;
      }
      return text;
    }
  }
}

/** A value as CSV cell text: empty for null and undefined, JSON for objects and arrays. */
export function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
