/**
 * Where personal data sits in a value that is not a whole entity: a field change of the audit
 * trail (`customer.email` of an Order), an aggregation row (`_id` grouped by `$email`). A
 * shape answers, path segment by path segment, whether the value there is personal data and
 * of which kind. An entity's shape follows the vocabulary: a property whose range is an
 * entity type (or a supertype of one the policy names, such as Thing) leads to the personal
 * fields of those types, so nested personal data is masked by its own field, not only by the
 * top-level field holding it.
 */
import { maskValue, type PiiKind } from '../../../shared/governance/masking';
import { MASKED_KEY, maskEntity, piiFieldsOf, type PiiPolicy } from '../../../shared/governance/pii-policy';
import { isSubtypeOf, type DescriptorLookup } from '../../../shared/vocab/descriptor';

/** The personal data of a value: its kind when the value itself is personal, and the shape of what it holds. */
export interface PiiShape {
  readonly kind?: PiiKind;
  at(key: string | number): PiiShape;
}

/** Nothing personal here or below. */
export const NO_PII: PiiShape = { at: () => NO_PII };

/** Personal data of one kind, all the way down (an address masks every line). */
export function piiLeaf(kind: PiiKind): PiiShape {
  const shape: PiiShape = { kind, at: () => shape };
  return shape;
}

/** Personal wherever either shape is: for values that may come from either. */
export function unionShape(a: PiiShape, b: PiiShape): PiiShape {
  if (a === NO_PII) return b;
  if (b === NO_PII) return a;
  return { kind: a.kind ?? b.kind, at: (key) => unionShape(a.at(key), b.at(key)) };
}

/** An object with known fields (an aggregation's output document). */
export function objectShape(fields: ReadonlyMap<string, PiiShape>): PiiShape {
  if ([...fields.values()].every((s) => s === NO_PII)) return NO_PII;
  return { at: (key) => fields.get(String(key)) ?? NO_PII };
}

/** The shape at a path below `shape`. */
export function shapeAt(shape: PiiShape, path: ReadonlyArray<string | number>): PiiShape {
  let out = shape;
  for (const segment of path) {
    if (out === NO_PII || out.kind) return out;
    out = out.at(segment);
  }
  return out;
}

const INDEX = /^\d+$/;

/** The shape of entities of `types` (any of them) under a policy, following property ranges through the vocabulary. */
export function entityShape(policy: PiiPolicy, lookup: DescriptorLookup | undefined, types: readonly string[], depth = 0): PiiShape {
  if (types.length === 0 || depth > 16) return NO_PII;
  const shape: PiiShape = {
    at(key) {
      // Array elements have the shape of the array.
      if (typeof key === 'number' || INDEX.test(key)) return shape;
      let kind: PiiKind | undefined;
      const next = new Set<string>();
      for (const type of types) {
        kind ??= piiFieldsOf(policy, type)[key]?.kind;
        for (const range of lookup?.descriptor(type)?.properties.find((p) => p.name === key)?.ranges ?? []) {
          if (range.kind !== 'entity') continue;
          next.add(range.type);
          // A value of a range type may be any subtype of it: a Thing may be a Person.
          for (const named of Object.keys(policy)) if (lookup && isSubtypeOf(lookup, named, range.type)) next.add(named);
        }
      }
      return kind ? piiLeaf(kind) : entityShape(policy, lookup, [...next], depth + 1);
    },
  };
  return shape;
}

/**
 * The shape of a stored value by the `$type` its embedded entities carry: an Order whose
 * `customer` holds `{ $type: 'Person', ... }` has the customer's e-mail at `customer.email`,
 * whatever the vocabulary says `customer` may hold.
 */
export function valueShape(policy: PiiPolicy, value: unknown, depth = 0): PiiShape {
  if (depth > 16 || value === null || typeof value !== 'object') return NO_PII;
  if (Array.isArray(value)) {
    return {
      at: (key) =>
        typeof key === 'number' || INDEX.test(key)
          ? valueShape(policy, value[Number(key)], depth + 1)
          : value.slice(0, 50).reduce<PiiShape>((acc, item) => unionShape(acc, valueShape(policy, item, depth + 1).at(key)), NO_PII),
    };
  }
  const doc = value as Record<string, unknown>;
  const fields = typeof doc.$type === 'string' ? piiFieldsOf(policy, doc.$type) : {};
  return {
    at(key) {
      const name = String(key);
      const kind = Object.prototype.hasOwnProperty.call(fields, name) ? fields[name]!.kind : undefined;
      return kind ? piiLeaf(kind) : valueShape(policy, Object.prototype.hasOwnProperty.call(doc, name) ? doc[name] : undefined, depth + 1);
    },
  };
}

/**
 * `value` with the personal data its shape says it holds masked. An embedded entity (an
 * object with `$type`) is masked by its own type, as whole entities are.
 */
export function maskByShape(shape: PiiShape, value: unknown, policy: PiiPolicy, depth = 0): unknown {
  if (value === null || value === undefined || depth > 64) return value;
  if (shape.kind) return maskValue(shape.kind, value);
  if (Array.isArray(value)) return value.map((item) => maskByShape(shape, item, policy, depth + 1));
  if (typeof value !== 'object') return value;
  const doc = value as Record<string, unknown>;
  if (typeof doc.$type === 'string') {
    const masked = maskEntity(doc, policy);
    // Only a top-level entity lists its masked paths; an embedded one is listed by its holder.
    if (depth > 0) delete masked[MASKED_KEY];
    return masked;
  }
  if (shape === NO_PII && !holdsEntity(doc, depth)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(doc)) out[key] = maskByShape(shape.at(key), item, policy, depth + 1);
  return out;
}

/** True when an embedded entity (`$type`) sits somewhere inside `value`. */
function holdsEntity(value: unknown, depth: number): boolean {
  if (depth > 64 || value === null || typeof value !== 'object') return false;
  if (!Array.isArray(value) && typeof (value as Record<string, unknown>).$type === 'string') return true;
  return Object.values(value).some((item) => holdsEntity(item, depth + 1));
}
