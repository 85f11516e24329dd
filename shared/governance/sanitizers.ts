/**
 * The write sanitizers a collection's `beforeCreate`/`beforeUpdate` hooks can name: they tidy
 * a value into its canonical form, or throw with an actionable message when it cannot be.
 * Pure, so forms can show the canonical form before saving.
 */

/** Trims and lower-cases an e-mail address; throws when it is not one. */
export function sanitizeEmail(value: string): string {
  const email = value.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new Error(`"${value}" is not an e-mail address`);
  return email;
}

/**
 * A phone number in E.164 (`+15551234567`). Spaces, dots, dashes and brackets are dropped;
 * `00` becomes `+`; a number without a country code takes `defaultCountryCode` (a national
 * trunk `0` is dropped first). Throws when fewer than 8 or more than 15 digits remain.
 */
export function sanitizePhone(value: string, defaultCountryCode = '1'): string {
  const trimmed = value.trim();
  if (!/^[+\d\s().\-/]+$/.test(trimmed)) throw new Error(`"${value}" is not a phone number`);
  let digits = trimmed.replace(/\D/g, '');
  if (trimmed.startsWith('+')) {
    // already international
  } else if (digits.startsWith('00')) {
    digits = digits.slice(2);
  } else {
    const national = digits.replace(/^0/, '');
    digits = defaultCountryCode === '1' && national.length === 11 && national.startsWith('1') ? national : `${defaultCountryCode}${national}`;
  }
  if (digits.length < 8 || digits.length > 15 || digits.startsWith('0')) throw new Error(`"${value}" is not a phone number that can be written in E.164`);
  return `+${digits}`;
}

const LOWER_PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'da', 'di', 'du', 'la', 'le', 'bin', 'al']);

function capitalize(word: string): string {
  return word
    .split(/([-'’])/)
    .map((part) => (part.length > 0 && !/[-'’]/.test(part) ? part[0]!.toLocaleUpperCase() + part.slice(1) : part))
    .join('');
}

/**
 * A person's name with spaces collapsed; an all-lower or all-upper name is capitalised word
 * by word (keeping particles such as `van` and `de` lower), a mixed-case one is left as typed.
 */
export function sanitizeName(value: string): string {
  const name = value.replace(/\s+/g, ' ').trim();
  if (name === '') throw new Error('A name cannot be empty');
  if (name !== name.toLowerCase() && name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .split(' ')
    .map((word, i) => (i > 0 && LOWER_PARTICLES.has(word) ? word : capitalize(word)))
    .join(' ');
}

/**
 * An absolute http(s) URL: `https://` is added when no scheme is given, the scheme and host
 * are lower-cased; throws on another scheme, spaces or a missing host.
 */
export function sanitizeUrl(value: string): string {
  const trimmed = value.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  const scheme = (/^([a-z][a-z0-9+.-]*):/i.exec(withScheme)?.[1] ?? '').toLowerCase();
  if (scheme !== 'http' && scheme !== 'https') throw new Error(`"${value}" must be an http or https URL`);
  const match = /^([a-z][a-z0-9+.-]*):\/\/([^/?#\s@]+@)?([^/?#\s:@]+)(:\d{1,5})?([/?#][^\s]*)?$/i.exec(withScheme);
  if (!match) throw new Error(`"${value}" is not a URL`);
  const host = (match[3] ?? '').toLowerCase();
  if (!/^[\p{L}\p{N}.-]+$/u.test(host) || (!host.includes('.') && host !== 'localhost')) throw new Error(`"${value}" has no valid host`);
  return `${scheme}://${match[2] ?? ''}${host}${match[4] ?? ''}${match[5] ?? ''}`;
}

/** Free text: control characters (other than line breaks and tabs) removed, spaces trimmed, Unicode normalised (NFC). */
export function sanitizeText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .trim();
}

/** The sanitizers by the name a configuration uses. */
export const SANITIZERS = {
  email: sanitizeEmail,
  phone: (value: string) => sanitizePhone(value),
  name: sanitizeName,
  url: sanitizeUrl,
  text: sanitizeText,
} as const;

/** A sanitizer's name. */
export type SanitizerName = keyof typeof SANITIZERS;

/** The sanitizer names, for configuration schemas. */
export const SANITIZER_NAMES = Object.keys(SANITIZERS) as SanitizerName[];
