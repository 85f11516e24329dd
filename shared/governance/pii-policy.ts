/**
 * Which fields of which types are personal data, and masking whole entities by that policy.
 * Where no workspace configuration says otherwise, a Person's e-mail, telephone, birth date,
 * tax id, address and (custom) ssn are personal data: the demo data shows masking out of the box.
 */
import { z } from 'zod';
import { jsonEquals } from './diff';
import { formatFieldPath, type PathSegment } from './field-path';
import { PII_KINDS, inferPiiKind, maskValue, type PiiKind } from './masking';

/** One personal-data field: how it masks and whether it is encrypted at rest. */
export const PiiFieldSchema = z.object({ kind: z.enum(PII_KINDS), encrypted: z.boolean() });
/** One personal-data field. */
export type PiiField = z.infer<typeof PiiFieldSchema>;

/** The personal-data fields of each type: `{ Person: { email: { kind: 'email', encrypted: false } } }`. */
export type PiiPolicy = Record<string, Record<string, PiiField>>;

/** What an encrypted field reads as while no key is available (not personal data: shown as it is). */
export const LOCKED_VALUE = '[encrypted: key not available]';

/** The key an entity leaving the main process carries listing the paths that were masked. */
export const MASKED_KEY = '$masked';

/** The built-in policy (fields of Person) used where the workspace configures nothing. */
export const DEFAULT_PII_POLICY: PiiPolicy = {
  Person: {
    email: { kind: 'email', encrypted: false },
    telephone: { kind: 'phone', encrypted: false },
    birthDate: { kind: 'date', encrypted: false },
    taxID: { kind: 'identifier', encrypted: false },
    address: { kind: 'text', encrypted: false },
    ssn: { kind: 'identifier', encrypted: false },
  },
};

/** A field as configured: its name, and optionally its kind and whether it is encrypted. */
export interface PiiFieldSpec {
  kind?: PiiKind;
  encrypted?: boolean;
}

/** Builds a type's policy from configured field lists; a field's kind defaults from its name. */
export function piiFieldsFrom(pii: readonly string[] | Record<string, PiiFieldSpec>, encrypted: readonly string[] = []): Record<string, PiiField> {
  const out: Record<string, PiiField> = {};
  const entries: Array<[string, PiiFieldSpec]> = Array.isArray(pii) ? pii.map((f) => [f, {}]) : Object.entries(pii);
  for (const [field, spec] of entries) out[field] = { kind: spec.kind ?? inferPiiKind(field), encrypted: spec.encrypted ?? encrypted.includes(field) };
  // An encrypted field is always personal data too: what is worth encrypting is worth masking.
  for (const field of encrypted) out[field] ??= { kind: inferPiiKind(field), encrypted: true };
  return out;
}

/** The personal-data fields of a type under a policy (none when the type is not listed). */
export function piiFieldsOf(policy: PiiPolicy, type: string): Record<string, PiiField> {
  return Object.prototype.hasOwnProperty.call(policy, type) ? (policy[type] ?? {}) : {};
}

type Doc = Record<string, unknown>;

function isDoc(value: unknown): value is Doc {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function maskInto(doc: Doc, policy: PiiPolicy, type: string, path: PathSegment[], reveal: ReadonlySet<string>, masked: string[]): Doc {
  const fields = piiFieldsOf(policy, type);
  const out: Doc = {};
  for (const [key, value] of Object.entries(doc)) {
    const here = [...path, key];
    const field = Object.prototype.hasOwnProperty.call(fields, key) ? fields[key] : undefined;
    const name = formatFieldPath(here);
    if (field && value !== null && value !== undefined && value !== LOCKED_VALUE && !reveal.has(name)) {
      out[key] = maskValue(field.kind, value);
      masked.push(name);
    } else {
      out[key] = maskNested(value, policy, here, reveal, masked);
    }
  }
  return out;
}

function maskNested(value: unknown, policy: PiiPolicy, path: PathSegment[], reveal: ReadonlySet<string>, masked: string[]): unknown {
  if (Array.isArray(value)) return value.map((v, i) => maskNested(v, policy, [...path, i], reveal, masked));
  if (isDoc(value) && typeof value.$type === 'string') return maskInto(value, policy, value.$type, path, reveal, masked);
  return value;
}

/**
 * A copy of `entity` with its personal data masked (embedded entities by their own type) and
 * `$masked` listing the masked paths; paths in `reveal` stay as stored.
 */
export function maskEntity<T extends Doc>(entity: T, policy: PiiPolicy, reveal: ReadonlySet<string> = new Set()): T {
  const masked: string[] = [];
  const type = typeof entity.$type === 'string' ? entity.$type : '';
  const out = maskInto(entity, policy, type, [], reveal, masked);
  delete out[MASKED_KEY];
  if (masked.length > 0) out[MASKED_KEY] = masked;
  return out as T;
}

/**
 * Where an incoming write carries a personal-data field exactly as it was masked, the stored
 * value is kept: a form that loaded a masked entity and saves it unchanged must not overwrite
 * the real e-mail with `j***@example.com`. Only top-level fields of the entity's own type.
 */
export function keepMaskedValues(stored: Doc | null, incoming: Doc, policy: PiiPolicy, type: string): Doc {
  const out: Doc = { ...incoming };
  delete out[MASKED_KEY];
  if (!stored) return out;
  for (const [key, field] of Object.entries(piiFieldsOf(policy, type))) {
    if (!Object.prototype.hasOwnProperty.call(out, key) || !Object.prototype.hasOwnProperty.call(stored, key)) continue;
    if (jsonEquals(out[key], maskValue(field.kind, stored[key]))) out[key] = stored[key];
  }
  return out;
}

/**
 * For validating a form loaded from a masked entity: `values` without the masked fields the
 * user left as they were loaded (a mask such as `j***@example.com` fails an e-mail check, and
 * the main process keeps the stored value for it anyway). Only for validation: the payload
 * sent to the main process keeps those fields, or an update would remove them.
 */
export function withoutUnchangedMasked(values: Record<string, unknown>, loaded: Record<string, unknown> | null | undefined): Record<string, unknown> {
  const masked = loaded?.[MASKED_KEY];
  if (!Array.isArray(masked)) return values;
  const out = { ...values };
  for (const path of masked) {
    if (typeof path === 'string' && Object.prototype.hasOwnProperty.call(out, path) && jsonEquals(out[path], loaded?.[path])) delete out[path];
  }
  delete out[MASKED_KEY];
  return out;
}
