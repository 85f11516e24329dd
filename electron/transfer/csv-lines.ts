/** Writes CSV lines (RFC 4180: quoted when needed, quotes doubled, CRLF line ends) with papaparse's quoting rules. */
import Papa from 'papaparse';

/** One CSV line for these cells, ending in CRLF. */
export function csvLine(cells: readonly string[]): string {
  return `${Papa.unparse([cells as string[]], { header: false, newline: '\r\n' })}\r\n`;
}
