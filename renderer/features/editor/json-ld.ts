/**
 * Entities as JSON-LD and back: `$type`/`$id` become `@type`/`@id` at every depth, with the
 * schema.org `@context` at the top; parsing reverses it and refuses another type.
 */

/** The context JSON-LD documents are written with. */
export const SCHEMA_CONTEXT = 'https://schema.org';

function mapKeys(value: unknown, from: '$' | '@', to: '$' | '@'): unknown {
  if (Array.isArray(value)) return value.map((v) => mapKeys(v, from, to));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const renamed = key === `${from}type` ? `${to}type` : key === `${from}id` ? `${to}id` : key;
    out[renamed] = mapKeys(item, from, to);
  }
  return out;
}

/** An entity's properties as a JSON-LD document of `type` (with `@id` when it has one). */
export function toJsonLd(type: string, id: string | undefined, values: Record<string, unknown>): Record<string, unknown> {
  const body = mapKeys(values, '$', '@') as Record<string, unknown>;
  return { '@context': SCHEMA_CONTEXT, '@type': type, ...(id ? { '@id': id } : {}), ...body };
}

/** The outcome of reading a JSON-LD text: the entity's properties, or what is wrong with the text. */
export type JsonLdRead = { ok: true; values: Record<string, unknown> } | { ok: false; message: string };

/** Reads a JSON-LD text written for an entity of `type` (and `id`, which cannot change here). */
export function fromJsonLd(text: string, type: string, id: string | undefined): JsonLdRead {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `Not valid JSON: ${(error as Error).message}` };
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return { ok: false, message: 'Expected one JSON object' };
  const doc = parsed as Record<string, unknown>;
  const docType = typeof doc['@type'] === 'string' ? doc['@type'].replace(/^(https?:\/\/schema\.org\/|schema:)/, '') : undefined;
  if (docType !== undefined && docType !== type) return { ok: false, message: `This is a ${type}; "@type" cannot become ${docType} here` };
  if (id && doc['@id'] !== undefined && doc['@id'] !== id) return { ok: false, message: `"@id" is ${id} and cannot be changed here` };
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) {
    if (key === '@context' || key === '@type' || key === '@id') continue;
    values[key] = mapKeys(value, '@', '$');
  }
  return { ok: true, values };
}
