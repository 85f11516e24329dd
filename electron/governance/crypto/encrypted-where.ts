/**
 * Rewrites a `where` filter so conditions on encrypted fields run on their blind indexes:
 * `{ ssn: v }`, `$eq`, `$in` become `{ $id: { $in: ids } }`, `$ne`/`$nin` become `$nin`,
 * `$exists` stays as it is (a ciphertext exists where a value does). Any other operator on an
 * encrypted field (ranges, regexes, `$contains`) is BAD_QUERY: ciphertext cannot answer it.
 */
import { badQuery } from '../../../shared/errors';

type Where = Record<string, unknown>;
/** Finds the ids whose `field` equals one of `values`. */
export type BlindLookup = (field: string, values: unknown[]) => string[];

const LOGICAL = new Set(['$and', '$or', '$nor']);

function isOperatorObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length > 0 && Object.keys(value).every((k) => k.startsWith('$'));
}

function condition(field: string, value: unknown, lookup: BlindLookup): Where {
  if (!isOperatorObject(value)) return { $id: { $in: lookup(field, [value]) } };
  const parts: Where[] = [];
  for (const [op, arg] of Object.entries(value)) {
    if (op === '$eq') parts.push({ $id: { $in: lookup(field, [arg]) } });
    else if (op === '$in' && Array.isArray(arg)) parts.push({ $id: { $in: lookup(field, arg) } });
    else if (op === '$ne') parts.push({ $id: { $nin: lookup(field, [arg]) } });
    else if (op === '$nin' && Array.isArray(arg)) parts.push({ $id: { $nin: lookup(field, arg) } });
    else if (op === '$exists') parts.push({ [field]: { $exists: arg } });
    else throw badQuery(field, `${field} is encrypted: only equality ($eq, $in, $ne, $nin) and $exists can be asked of it`);
  }
  return parts.length === 1 ? parts[0]! : { $and: parts };
}

/** The filter with every condition on an encrypted field replaced by one on `$id`. */
export function rewriteEncryptedWhere(where: Where | undefined, encrypted: ReadonlySet<string>, lookup: BlindLookup): Where | undefined {
  if (!where || encrypted.size === 0) return where;
  const out: Where = {};
  const extra: Where[] = [];
  for (const [key, value] of Object.entries(where)) {
    if (LOGICAL.has(key) && Array.isArray(value)) out[key] = value.map((w) => rewriteEncryptedWhere(w as Where, encrypted, lookup));
    else if (key === '$not' && typeof value === 'object' && value !== null) out[key] = rewriteEncryptedWhere(value as Where, encrypted, lookup);
    else {
      const root = key.split('.')[0] ?? key;
      if (!encrypted.has(root)) out[key] = value;
      else if (root !== key) throw badQuery(key, `${root} is encrypted: its inner fields cannot be queried`);
      else extra.push(condition(key, value, lookup));
    }
  }
  if (extra.length === 0) return out;
  const and = Array.isArray(out.$and) ? [...(out.$and as Where[]), ...extra] : extra;
  return { ...out, $and: and };
}

/** BAD_QUERY when an `orderBy` names an encrypted field: ciphertext has no useful order. */
export function checkEncryptedOrder(orderBy: Record<string, unknown> | undefined, encrypted: ReadonlySet<string>): void {
  for (const key of Object.keys(orderBy ?? {})) {
    const root = key.split('.')[0] ?? key;
    if (encrypted.has(root)) throw badQuery(`orderBy.${key}`, `${root} is encrypted: entities cannot be sorted by it`);
  }
}
