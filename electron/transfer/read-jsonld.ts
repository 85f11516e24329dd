/**
 * Reads JSON-LD: one node, an array of nodes (compacted or expanded), or a document with a
 * `@graph`. Nodes of a `@graph` are read one at a time with the document's `@context`, so a big
 * graph is never held whole, as long as the `@context` comes before the `@graph` (as tools
 * write it); otherwise the graph's nodes wait for the context. Remote contexts other than
 * schema.org's are refused: nothing goes to the network.
 */
import jsonld from 'jsonld';
import { StudioError } from '../../shared/errors';
import type { DescriptorLookup } from '../../shared/vocab/descriptor';
import { isPlainObject, type ImportRow } from './import-row';
import { splitJson } from './json-splitter';
import { fromCompacted, fromExpanded } from './jsonld-to-entity';
import { isSchemaOrgContextUrl, offlineDocumentLoader } from './schemaorg-context';

/** True for a context that means "schema.org terms, compacted": read directly without expansion. */
export function isSchemaOrgContext(context: unknown): boolean {
  if (typeof context === 'string') return isSchemaOrgContextUrl(context);
  if (Array.isArray(context)) return context.length === 1 && isSchemaOrgContext(context[0]);
  if (isPlainObject(context)) {
    const keys = Object.keys(context);
    const vocab = context['@vocab'];
    return keys.length === 1 && typeof vocab === 'string' && /^https?:\/\/schema\.org\/$/.test(vocab);
  }
  return false;
}

/** The entities of one node read with a context (its own `@context` wins). */
export async function nodeToEntities(node: unknown, context: unknown, lookup?: DescriptorLookup): Promise<Array<Record<string, unknown>>> {
  if (!isPlainObject(node)) throw new StudioError('VALIDATION', 'A JSON-LD node must be an object');
  const own = node['@context'];
  const effective = own ?? context;
  if (effective !== undefined && isSchemaOrgContext(effective) && !('@graph' in node)) return [fromCompacted(node, lookup)];
  const input = effective === undefined || own !== undefined ? node : { '@context': effective, ...node };
  let expanded: Array<Record<string, unknown>>;
  try {
    expanded = await jsonld.expand(input, { documentLoader: offlineDocumentLoader, base: null });
  } catch (error) {
    throw toStudioError(error);
  }
  return expanded.flatMap((n) => (Array.isArray(n['@graph']) ? (n['@graph'] as Array<Record<string, unknown>>) : [n])).map((n) => fromExpanded(n, lookup));
}

/** The records of a JSON-LD document, one per top-level node. */
export async function* readJsonLd(chunks: AsyncIterable<string>, lookup?: DescriptorLookup): AsyncGenerator<ImportRow> {
  const members: Record<string, unknown> = {};
  let contextSeen = false;
  let sawGraph = false;
  const waiting: Array<{ row: number; text: string }> = [];
  for await (const piece of splitJson(chunks, new Set(['@graph']))) {
    if (piece.kind === 'element') {
      yield* readNode(piece.text, piece.index + 1, undefined, lookup);
    } else if (piece.kind === 'streamed') {
      sawGraph = true;
      if (contextSeen) yield* readNode(piece.text, piece.index + 1, members['@context'], lookup);
      else waiting.push({ row: piece.index + 1, text: piece.text });
    } else {
      members[piece.key] = JSON.parse(piece.text);
      if (piece.key === '@context') {
        contextSeen = true;
        for (const w of waiting.splice(0)) yield* readNode(w.text, w.row, members['@context'], lookup);
      }
    }
  }
  for (const w of waiting) yield* readNode(w.text, w.row, members['@context'], lookup);
  if (!sawGraph && Object.keys(members).length > 0) yield* convert(members, 1, undefined, lookup);
}

async function* readNode(text: string, row: number, context: unknown, lookup?: DescriptorLookup): AsyncGenerator<ImportRow> {
  let node: unknown;
  try {
    node = JSON.parse(text);
  } catch (error) {
    yield { row, issues: [{ path: [], message: `not valid JSON (${(error as Error).message})` }] };
    return;
  }
  yield* convert(node, row, context, lookup);
}

async function* convert(node: unknown, row: number, context: unknown, lookup?: DescriptorLookup): AsyncGenerator<ImportRow> {
  try {
    for (const data of await nodeToEntities(node, context, lookup)) yield { row, data };
  } catch (error) {
    const issues = error instanceof StudioError && error.issues ? error.issues : [{ path: [], message: (error as Error).message }];
    yield { row, issues };
  }
}

function toStudioError(error: unknown): StudioError {
  const cause = (error as { details?: { cause?: unknown } }).details?.cause;
  if (cause instanceof StudioError) return cause;
  const message = error instanceof Error ? error.message.split('.')[0] : String(error);
  return new StudioError('VALIDATION', `Not valid JSON-LD: ${message}`, { issues: [{ path: [], message: `not valid JSON-LD: ${message}` }] });
}
