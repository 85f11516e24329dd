/**
 * The schema of one property's value: its ranges (data types, enumeration members, entities
 * of a type or a subtype, references), its multiplicity and its constraints. Ranges are tried
 * by hand rather than with `z.union`, because a union reports one issue at the property and
 * loses the nested path of the member that almost matched (`worksFor.address.postalCode`).
 */
import { z } from 'zod';
import { codeListName, looksLikeCode } from './codes';
import { dataTypeSchema, plausibleFor } from './data-types';
import { isSubtypeOf, type Constraints, type DescriptorLookup, type PropertyDescriptor, type RangeDescriptor } from './descriptor';

/** A parse failure somewhere below the value, relative to it. */
export interface RawIssue {
  path: PropertyKey[];
  message: string;
  params?: Record<string, unknown>;
}

/** The result of checking one value: its normalised form or the issues found. */
export type Checked = { ok: true; value: unknown } | { ok: false; issues: RawIssue[] };

/** Returns the schema of an embedded entity of a type (built lazily by the factory). */
export type EntitySchemaFor = (type: string) => z.ZodType;

type Range<K extends RangeDescriptor['kind']> = Extract<RangeDescriptor, { kind: K }>;

const SCHEMA_PREFIXES = ['https://schema.org/', 'http://schema.org/', 'schema:'];
const ID_PATTERN = /^[^\u0000-\u001f]+$/;
const email = z.email();

const ok = (value: unknown): Checked => ({ ok: true, value });
const bad = (message: string, path: PropertyKey[] = []): Checked => ({ ok: false, issues: [{ path, message }] });

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

/** A `{ $type, $id }` reference: nothing but those two keys, with an id. */
function isReference(v: Record<string, unknown>): boolean {
  return typeof v.$id === 'string' && Object.keys(v).every((k) => k === '$id' || k === '$type');
}

/** An enumeration member by short name or full IRI (`InStock`, `https://schema.org/InStock`), normalised to the short name. */
function matchMember(range: Range<'enumeration'>, value: string): string | undefined {
  if (range.members.includes(value)) return value;
  if (!range.type) return undefined;
  for (const prefix of SCHEMA_PREFIXES) {
    if (value.startsWith(prefix) && range.members.includes(value.slice(prefix.length))) return value.slice(prefix.length);
  }
  return undefined;
}

function describeRanges(ranges: readonly RangeDescriptor[]): string {
  const names = ranges.map((r) => (r.kind === 'enumeration' ? (r.type ?? `one of ${r.members.join(', ')}`) : r.type));
  return names.length === 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (isPlainObject(value)) return 'an object';
  return typeof value === 'string' ? `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"` : `${typeof value} ${String(value)}`;
}

function fromZod(result: z.ZodSafeParseResult<unknown>): Checked {
  if (result.success) return ok(result.data);
  return { ok: false, issues: result.error.issues.map((i) => ({ path: i.path, message: i.message, params: 'params' in i ? (i.params as Record<string, unknown>) : undefined })) };
}

/** Checks one value of a property against its ranges (no constraints, no arrays). */
class RangeChecker {
  private readonly data: Range<'data'>[];
  private readonly enums: Range<'enumeration'>[];
  private readonly entities: Range<'entity'>[];

  constructor(
    private readonly ranges: readonly RangeDescriptor[],
    private readonly lookup: DescriptorLookup,
    private readonly entitySchema: EntitySchemaFor,
  ) {
    this.data = ranges.filter((r): r is Range<'data'> => r.kind === 'data');
    this.enums = ranges.filter((r): r is Range<'enumeration'> => r.kind === 'enumeration');
    this.entities = ranges.filter((r): r is Range<'entity'> => r.kind === 'entity');
  }

  check(value: unknown): Checked {
    // A property without a range (a retired one) accepts any value so old data stays readable.
    if (this.ranges.length === 0) return ok(value);
    if (isPlainObject(value) && this.entities.length > 0 && (typeof value.$type === 'string' || isReference(value) || !this.data.some((r) => r.type === 'Map'))) {
      return isReference(value) ? this.checkReference(value) : this.checkEmbedded(value);
    }
    if (typeof value === 'string') {
      for (const range of this.enums) {
        const member = matchMember(range, value);
        if (member !== undefined) return ok(member);
      }
    }
    const plausible = this.data.filter((r) => plausibleFor(r.type, value));
    let firstFailure: Checked | undefined;
    for (const range of plausible) {
      const result = fromZod(dataTypeSchema(range.type).safeParse(value));
      if (result.ok) return result;
      firstFailure ??= result;
    }
    // A plain string in an entity range is a reference by `$id`.
    if (typeof value === 'string' && this.entities.length > 0) {
      return ID_PATTERN.test(value) ? ok(value) : bad('A reference id must be a non-empty text without control characters');
    }
    if (plausible.length === 1 && firstFailure && this.enums.length === 0) return firstFailure;
    if (typeof value === 'string' && this.enums.length > 0) return bad(`"${value}" is not one of ${this.enumChoices()}`);
    return bad(`Expected ${describeRanges(this.ranges)}, not ${kindOf(value)}`);
  }

  private enumChoices(): string {
    const members = this.enums.flatMap((r) => r.members);
    const shown = members.slice(0, 12).join(', ');
    return members.length > 12 ? `${shown}, … (${members.length} values)` : shown;
  }

  /** A type accepted by the entity ranges: the range itself or one of its subtypes. */
  private accepts(type: string): boolean {
    return this.entities.some((r) => isSubtypeOf(this.lookup, type, r.type));
  }

  private checkReference(value: Record<string, unknown>): Checked {
    const id = value.$id as string;
    if (!ID_PATTERN.test(id)) return bad('A reference id must be a non-empty text without control characters', ['$id']);
    if (value.$type === undefined) return ok(value);
    if (typeof value.$type !== 'string' || !this.accepts(value.$type)) {
      return bad(`A reference here must point to ${describeRanges(this.entities)} (or a subtype), not ${String(value.$type)}`, ['$type']);
    }
    return ok(value);
  }

  private checkEmbedded(value: Record<string, unknown>): Checked {
    // With one entity range the type is implied, so hand-written data may leave `$type` out.
    const implied = this.entities.length === 1 ? this.entities[0]?.type : undefined;
    const type = value.$type ?? implied;
    if (type === undefined) return bad(`An embedded entity needs a $type: ${describeRanges(this.entities)}`, ['$type']);
    if (typeof type !== 'string' || !this.lookup.descriptor(type)) return bad(`Unknown type ${String(type)}`, ['$type']);
    if (!this.accepts(type)) return bad(`Expected ${describeRanges(this.entities)} (or a subtype), not ${type}`, ['$type']);
    return fromZod(this.entitySchema(type).safeParse(value.$type === undefined ? { $type: type, ...value } : value));
  }
}

/** Checks a value that passed its range against the property's constraints, normalising phone numbers. */
function constrain(c: Constraints, value: unknown, lookup: DescriptorLookup): Checked {
  if (typeof value === 'number') {
    if (c.min !== undefined && value < c.min) return bad(`Must be at least ${c.min}`);
    if (c.max !== undefined && value > c.max) return bad(`Must be at most ${c.max}`);
    return ok(value);
  }
  if (typeof value !== 'string') return ok(value);
  let text = value;
  if (c.minLength !== undefined && text.length < c.minLength) return bad(`Must have at least ${c.minLength} characters`);
  if (c.maxLength !== undefined && text.length > c.maxLength) return bad(`Must have at most ${c.maxLength} characters`);
  if (c.pattern !== undefined && !new RegExp(`^(?:${c.pattern})$`, 'u').test(text)) return bad(`Must match the pattern ${c.pattern}`);
  if (c.format === 'email' && !email.safeParse(text).success) return bad('Must be an email address such as name@example.com');
  if (c.format === 'e164') {
    const compact = text.replace(/[\s().-]/g, '');
    if (!/^\+[1-9]\d{1,14}$/.test(compact)) return bad('Must be a phone number in international form, such as +14155550123');
    text = compact;
  }
  if (c.code && (!c.code.codeLike || looksLikeCode(c.code.list, text))) {
    const name = codeListName(c.code.list);
    if (!looksLikeCode(c.code.list, text)) return bad(`"${text}" is not a ${name} code`);
    if (lookup.codeExists?.(c.code.list, text) === false) return bad(`Unknown ${name} code "${text}"`);
  }
  return ok(text);
}

/** Checks a property's whole value: absent, one value, or an array as the multiplicity allows. */
export function propertyChecker(property: PropertyDescriptor, lookup: DescriptorLookup, entitySchema: EntitySchemaFor): (value: unknown) => Checked {
  const ranges = new RangeChecker(property.ranges, lookup, entitySchema);
  const one = (v: unknown): Checked => {
    const result = ranges.check(v);
    return result.ok ? constrain(property.constraints, result.value, lookup) : result;
  };
  return (value) => {
    if (value === undefined || value === null) return ok(value);
    if (!Array.isArray(value)) {
      if (property.multiplicity !== 'repeated') return one(value);
      const result = one(value);
      return result.ok ? ok([result.value]) : result;
    }
    if (property.multiplicity === 'single') return bad(`${property.name} takes a single value, not a list`);
    const out: unknown[] = [];
    const issues: RawIssue[] = [];
    value.forEach((item, i) => {
      const result = one(item);
      if (result.ok) out.push(result.value);
      else issues.push(...result.issues.map((iss) => ({ ...iss, path: [i, ...iss.path] })));
    });
    return issues.length ? { ok: false, issues } : ok(out);
  };
}
