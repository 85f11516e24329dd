/** The shapes of NAICS and O*NET-SOC codes, so free-text values that look like codes can be checked. */
import type { CodeList } from './descriptor';

// 2 to 6 digits, or one of the range sectors such as 31-33.
const NAICS = /^(\d{2,6}|\d{2}-\d{2})$/;
// O*NET-SOC: the SOC code plus a two-digit suffix (15-1252.00).
const ONET = /^\d{2}-\d{4}\.\d{2}$/;

/** True when a text looks like a code of the list. */
export function looksLikeCode(list: CodeList, value: string): boolean {
  return list === 'naics' ? NAICS.test(value) : ONET.test(value);
}

/** How a code list is named in messages. */
export function codeListName(list: CodeList): string {
  return list === 'naics' ? 'NAICS 2022' : 'O*NET-SOC';
}
