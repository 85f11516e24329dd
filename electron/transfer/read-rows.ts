/** Picks the reader of a format: the one place that maps an import's format to its records. */
import type { ColumnMapping, TransferFormat } from '../../shared/channels/transfer';
import { StudioError } from '../../shared/errors';
import type { DescriptorLookup } from '../../shared/vocab/descriptor';
import type { ImportRow } from './import-row';
import { readCsv } from './read-csv';
import { readJson } from './read-json';
import { readJsonLd } from './read-jsonld';
import { readNdjson } from './read-ndjson';

/** What the readers need besides the text. */
export interface ReadOptions {
  /** The import's type (required for CSV). */
  type?: string;
  /** The CSV column mapping, or a function that makes it from the header row. */
  mapping?: readonly ColumnMapping[] | ((headers: string[]) => readonly ColumnMapping[]);
  lookup?: DescriptorLookup;
}

/** The records of a text in a format. */
export function readRows(format: TransferFormat, chunks: AsyncIterable<string>, options: ReadOptions = {}): AsyncIterable<ImportRow> {
  switch (format) {
    case 'ndjson':
      return readNdjson(chunks);
    case 'json':
      return readJson(chunks);
    case 'jsonld':
      return readJsonLd(chunks, options.lookup);
    case 'csv':
      if (!options.type) throw new StudioError('VALIDATION', 'A CSV import needs the type of its rows', { issues: [{ path: ['type'], message: 'required for CSV' }] });
      if (!options.mapping) throw new StudioError('VALIDATION', 'A CSV import needs a column mapping', { issues: [{ path: ['mapping'], message: 'required for CSV' }] });
      return readCsv(chunks, options.mapping, options.type, options.lookup);
  }
}

