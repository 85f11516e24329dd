/** Saves result rows as a CSV file through the browser's download. */
import { toCsv } from './csv';

/** Offers `rows` as a CSV download named `name`. */
export function downloadCsv(name: string, rows: readonly Record<string, unknown>[]): void {
  const url = URL.createObjectURL(new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Revoke after the click has been handled; revoking at once can cancel the download.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
