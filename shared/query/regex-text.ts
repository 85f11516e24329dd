/**
 * The plain-text operator "starts with" is written as a case-insensitive `$regex` over an
 * anchored, escaped literal (which the engine turns into an index range); these helpers
 * build such patterns and recognise them again, so a `where` read back shows the same operator.
 */

const SPECIAL = /[.*+?^${}()|[\]\\/-]/g;

/** Escapes text so it matches itself literally inside a regular expression. */
export function escapeRegex(text: string): string {
  return text.replace(SPECIAL, '\\$&');
}

/** The literal text of a pattern made only of plain and escaped characters, or null. */
export function unescapeRegex(pattern: string): string | null {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\') {
      const next = pattern[i + 1];
      if (next === undefined || !/[.*+?^${}()|[\]\\/-]/.test(next)) return null;
      out += next;
      i++;
    } else if (/[.*+?^${}()|[\]]/.test(ch)) {
      return null;
    } else {
      out += ch;
    }
  }
  return out;
}
