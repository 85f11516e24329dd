/**
 * Masking of what leaves the main process besides entities: field changes of the audit trail
 * (decrypting stored ciphertext first, so the mask is of the real value; nested personal data
 * by its own field), entity summaries, and error messages that quote a value the caller sent.
 */
import { StudioError } from '../../../shared/errors';
import type { AuditEntry } from '../../../shared/governance/audit-entry';
import type { FieldChange } from '../../../shared/governance/diff';
import { parseFieldPath } from '../../../shared/governance/field-path';
import { maskValue } from '../../../shared/governance/masking';
import { LOCKED_VALUE, type PiiField, type PiiPolicy } from '../../../shared/governance/pii-policy';
import type { DescriptorLookup } from '../../../shared/vocab/descriptor';
import { decryptField, isEncrypted } from '../crypto/field-cipher';
import type { FieldKey } from '../crypto/field-key';
import { entityShape, maskByShape, shapeAt, unionShape, valueShape, type PiiShape } from './pii-shape';

/** Where a type's personal data sits (nested fields of embedded entities included) and the policy that masks it. */
export interface TypePii {
  shape: PiiShape;
  policy: PiiPolicy;
}

/**
 * The personal data of `type` under a policy, following the vocabulary into embedded entities
 * and, where the stored entity is at hand, the types its embedded entities name.
 */
export function typePii(policy: PiiPolicy, lookup: DescriptorLookup | undefined, type: string, stored?: Record<string, unknown> | null): TypePii {
  const declared = entityShape(policy, lookup, [type]);
  return { shape: stored ? unionShape(declared, valueShape(policy, stored)) : declared, policy };
}

/**
 * Masks one value of a field given by its path (`email`, `customer.email`, `address`): by the
 * kind of the personal field it is or lies in, and whatever personal data it holds inside.
 */
export function maskFieldValue(pii: TypePii, field: string, value: unknown): unknown {
  if (value === LOCKED_VALUE) return value;
  return maskByShape(shapeAt(pii.shape, parseFieldPath(field)), value, pii.policy);
}

/** Field changes with personal data masked; stored ciphertext is opened first (or shown locked). */
export function maskChanges(pii: TypePii, changes: readonly FieldChange[], open: (field: string, value: string) => unknown = () => LOCKED_VALUE): FieldChange[] {
  return changes.map((change) => {
    const out: FieldChange = { field: change.field };
    for (const side of ['oldValue', 'newValue'] as const) {
      if (!Object.prototype.hasOwnProperty.call(change, side)) continue;
      const value = change[side];
      out[side] = maskFieldValue(pii, change.field, isEncrypted(value) ? open(change.field, value) : value);
    }
    return out;
  });
}

/** An audit entry with its personal data masked. */
export function maskAuditEntry(entry: AuditEntry, pii: TypePii, key: FieldKey | null): AuditEntry {
  const open = (field: string, value: string): unknown => {
    if (!key) return LOCKED_VALUE;
    try {
      return decryptField(key, value, { type: entry.type, id: entry.id, field: String(parseFieldPath(field)[0]) });
    } catch {
      return LOCKED_VALUE;
    }
  };
  return { ...entry, changes: maskChanges(pii, entry.changes, open) };
}

/** True when an entity's display name is built from personal data of its type. */
export function nameIsPersonal(pii: Record<string, PiiField>): boolean {
  return ['name', 'givenName', 'familyName', 'alternateName'].some((f) => Object.prototype.hasOwnProperty.call(pii, f));
}

function collectStrings(value: unknown, out: Set<string>): void {
  if (typeof value === 'string' && value.length >= 3) out.add(value);
  else if (Array.isArray(value)) for (const v of value) collectStrings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) collectStrings(v, out);
}

/**
 * The error with every personal-data value of `data` (the caller's input, the stored entity)
 * replaced by its mask in the message, the issues and the details: a unique-index or
 * sanitizer message quotes the value it refused.
 */
export function scrubError(error: unknown, pii: Record<string, PiiField>, data: Record<string, unknown> | null | undefined): unknown {
  if (!(error instanceof StudioError) || !data) return error;
  const replacements: Array<[string, string]> = [];
  for (const [field, spec] of Object.entries(pii)) {
    const found = new Set<string>();
    collectStrings(data[field], found);
    for (const s of found) replacements.push([s, String(maskValue(spec.kind, s))]);
  }
  if (replacements.length === 0) return error;
  const scrub = (text: string): string => replacements.reduce((t, [from, to]) => t.split(from).join(to), text);
  const details = error.details ? (JSON.parse(scrub(JSON.stringify(error.details))) as Record<string, unknown>) : undefined;
  const issues = error.issues?.map((i) => ({ ...i, message: scrub(i.message) }));
  return new StudioError(error.code, scrub(error.message), { ...(details ? { details } : {}), ...(issues ? { issues } : {}) });
}
