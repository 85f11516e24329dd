/**
 * The schema.org JSON-LD context, shipped with the app so that documents saying
 * `"@context": "https://schema.org"` expand without going to the network, and the document
 * loader that serves it. Any other remote context is refused with a message saying so.
 *
 * The context is schema.org's own in the parts that decide expansion: terms under the
 * `http://schema.org/` vocabulary, the `schema:` prefix and the `id`/`type` aliases. Its
 * per-property datatype coercions (`url` as `@id`, `birthDate` as `Date`) are left out
 * on purpose: the conversion to entities reads `{ "@id": x }` and a typed `@value` both as
 * the plain value, so they would not change any imported entity.
 */
import type { DocumentLoader } from 'jsonld';
import { StudioError } from '../../shared/errors';

/** The IRI every schema.org term expands under (schema.org's context uses http). */
export const SCHEMA_ORG_VOCAB = 'http://schema.org/';

/** The context object served for every schema.org context URL. */
export const SCHEMA_ORG_CONTEXT = {
  '@vocab': SCHEMA_ORG_VOCAB,
  schema: SCHEMA_ORG_VOCAB,
  id: '@id',
  type: '@type',
} as const;

/** The context URL written into exported documents. */
export const SCHEMA_ORG_CONTEXT_URL = 'https://schema.org';

const SCHEMA_ORG_URL = /^https?:\/\/(www\.)?schema\.org(\/|\/docs\/jsonldcontext\.jsonld?|\/version\/latest\/schemaorg-current-https?\.jsonld)?$/;

/** True for a URL that names schema.org's context (`https://schema.org`, `http://schema.org/`, the docs file). */
export function isSchemaOrgContextUrl(url: string): boolean {
  return SCHEMA_ORG_URL.test(url);
}

/** Serves the bundled schema.org context and refuses every other URL: nothing goes to the network. */
export const offlineDocumentLoader: DocumentLoader = async (url) => {
  if (isSchemaOrgContextUrl(url)) return { contextUrl: null, documentUrl: url, document: { '@context': SCHEMA_ORG_CONTEXT } };
  throw new StudioError('VALIDATION', `The JSON-LD context "${url}" cannot be loaded: only the schema.org context is available offline`, {
    issues: [{ path: ['@context'], message: `remote context ${url} is not available offline` }],
  });
};
