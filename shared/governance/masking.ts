/**
 * How personal data is masked before it leaves the main process. Each kind keeps enough
 * to recognise the value (the e-mail's domain, a phone number's last two digits, a name's
 * initials, an identifier's last four characters) and hides the rest:
 *
 * | kind       | stored                   | masked                   |
 * |------------|--------------------------|--------------------------|
 * | email      | john.doe@example.com     | j***@example.com         |
 * | phone      | +1 (555) 123-4567        | +* (***) ***-**67        |
 * | name       | John Ronald Doe          | J*** R*** D***           |
 * | date       | 1984-03-12               | ****-**-**               |
 * | identifier | 123-45-6789              | ***-**-6789              |
 * | text       | Allergic to penicillin   | A*** [22 chars]          |
 *
 * Numbers and booleans mask to `***`; objects and arrays are masked leaf by leaf with the
 * kind of the field that holds them (an address masks every line as text).
 */

/** The kinds of personal data, each with its own masking rule. */
export const PII_KINDS = ['email', 'phone', 'name', 'date', 'identifier', 'text'] as const;
/** One kind of personal data. */
export type PiiKind = (typeof PII_KINDS)[number];

/** What every masked scalar that is not text-shaped becomes. */
export const MASK = '***';

function maskEmail(value: string): string {
  const at = value.lastIndexOf('@');
  if (at <= 0) return maskText(value);
  return `${value[0]}${MASK}${value.slice(at)}`;
}

function maskPhone(value: string): string {
  const digits = value.replace(/\D/g, '').length;
  let seen = 0;
  return value.replace(/\d/g, (d) => (++seen > digits - 2 ? d : '*'));
}

function maskName(value: string): string {
  const words = value.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return MASK;
  return words.map((w) => `${Array.from(w)[0]}${MASK}`).join(' ');
}

function maskDate(value: string): string {
  return value.replace(/\d/g, '*');
}

function maskIdentifier(value: string): string {
  const chars = Array.from(value);
  const alnum = chars.filter((c) => /[\p{L}\p{N}]/u.test(c)).length;
  const keep = alnum > 6 ? 4 : alnum > 3 ? 2 : 0;
  let seen = 0;
  return chars.map((c) => (/[\p{L}\p{N}]/u.test(c) ? (++seen > alnum - keep ? c : '*') : c)).join('');
}

function maskText(value: string): string {
  const chars = Array.from(value.trim());
  if (chars.length === 0) return MASK;
  return `${chars[0]}${MASK} [${chars.length} chars]`;
}

const RULES: Record<PiiKind, (value: string) => string> = {
  email: maskEmail,
  phone: maskPhone,
  name: maskName,
  date: maskDate,
  identifier: maskIdentifier,
  text: maskText,
};

/** What erasure leaves in place of every value of an erased entity's history: nothing personal, so never masked. */
export const ERASED = '[erased]';

/** Masks a field's value by the rule of its kind; structure is kept, every leaf is masked. */
export function maskValue(kind: PiiKind, value: unknown): unknown {
  if (value === null || value === undefined || value === ERASED) return value;
  if (typeof value === 'string') return RULES[kind](value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return MASK;
  if (Array.isArray(value)) return value.map((v) => maskValue(kind, v));
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      // An embedded entity keeps its type and id so it still reads as what it is.
      out[key] = key === '$type' || key === '$id' ? v : maskValue(kind === 'email' || kind === 'phone' ? kind : 'text', v);
    }
    return out;
  }
  return MASK;
}

const KIND_BY_NAME: ReadonlyArray<[RegExp, PiiKind]> = [
  [/e-?mail/i, 'email'],
  [/(phone|fax|mobile)/i, 'phone'],
  [/(^|[a-z])(name)$/i, 'name'],
  [/(date|birth|dob)/i, 'date'],
  [/(ssn|taxid|vatid|passport|iban|licen[cs]e|nationalid|identifier)/i, 'identifier'],
];

/** The masking kind a field gets when its configuration names none, guessed from its name. */
export function inferPiiKind(field: string): PiiKind {
  for (const [pattern, kind] of KIND_BY_NAME) if (pattern.test(field)) return kind;
  return 'text';
}
