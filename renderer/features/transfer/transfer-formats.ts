/** The transfer formats as the screens name them: labels, file extensions, MIME types, detection from a file name. */
import type { TransferFormat } from '../../../shared/channels/transfer';

/** Every format, in menu order. */
export const FORMATS: readonly TransferFormat[] = ['csv', 'json', 'ndjson', 'jsonld'];

/** What each format is called in menus. */
export const FORMAT_LABELS: Record<TransferFormat, string> = {
  csv: 'CSV',
  json: 'JSON',
  ndjson: 'NDJSON (one JSON object per line)',
  jsonld: 'JSON-LD (schema.org)',
};

const EXTENSIONS: Record<TransferFormat, string> = { csv: 'csv', json: 'json', ndjson: 'ndjson', jsonld: 'jsonld' };
const MIME: Record<TransferFormat, string> = { csv: 'text/csv', json: 'application/json', ndjson: 'application/x-ndjson', jsonld: 'application/ld+json' };


/** A download's file name: the type and the format's extension. */
export function exportFileName(type: string, format: TransferFormat): string {
  return `${type}.${EXTENSIONS[format]}`;
}

/** The MIME type of a format's files. */
export function mimeOf(format: TransferFormat): string {
  return MIME[format];
}
