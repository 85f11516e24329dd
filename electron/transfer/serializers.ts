/**
 * Serializers of each export format, written so an export can be cut into chunks anywhere:
 * `begin` opens the document, `item(entity, index)` writes one entity (the index says whether a
 * separator comes first), `end` closes it. The same serializer serves the CLI's file and the
 * `transfer.export` channel's chunks.
 */
import type { TransferFormat } from '../../shared/channels/transfer';
import type { DescriptorLookup } from '../../shared/vocab/descriptor';
import { csvLine } from './csv-lines';
import { cellText } from './csv-cells';
import { JsonLdWriter } from './entity-to-jsonld';
import { SCHEMA_ORG_CONTEXT_URL } from './schemaorg-context';
import { valueAtPath } from './flatten';

/** Writes one format. */
export interface Serializer {
  begin(): string;
  item(entity: Record<string, unknown>, index: number): string;
  end(): string;
}

/** Options of the serializers. */
export interface SerializerOptions {
  /** The CSV columns (property paths); required for CSV. */
  columns?: readonly string[];
  /** For JSON-LD: tells references (`$id` strings) from text. */
  lookup?: DescriptorLookup;
}

const json: Serializer = {
  begin: () => '[\n',
  item: (entity, index) => (index > 0 ? ',\n' : '') + JSON.stringify(entity),
  end: () => '\n]\n',
};

const ndjson: Serializer = {
  begin: () => '',
  item: (entity) => `${JSON.stringify(entity)}\n`,
  end: () => '',
};

function jsonld(lookup?: DescriptorLookup): Serializer {
  const writer = new JsonLdWriter(lookup);
  return {
    begin: () => `{\n  "@context": ${JSON.stringify(SCHEMA_ORG_CONTEXT_URL)},\n  "@graph": [\n`,
    item: (entity, index) => `${index > 0 ? ',\n' : ''}    ${JSON.stringify(writer.node(entity))}`,
    end: () => '\n  ]\n}\n',
  };
}

function csv(columns: readonly string[]): Serializer {
  return {
    begin: () => csvLine(columns),
    item: (entity) => csvLine(columns.map((c) => cellText(valueAtPath(entity, c)))),
    end: () => '',
  };
}

/** The serializer of a format. */
export function serializerFor(format: TransferFormat, options: SerializerOptions = {}): Serializer {
  switch (format) {
    case 'json':
      return json;
    case 'ndjson':
      return ndjson;
    case 'jsonld':
      return jsonld(options.lookup);
    case 'csv':
      if (!options.columns || options.columns.length === 0) throw new Error('A CSV export needs its columns');
      return csv(options.columns);
  }
}
