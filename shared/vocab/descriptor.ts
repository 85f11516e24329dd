/**
 * The type descriptor: a plain JSON description of a type (schema.org or custom) with every
 * property it accepts, inherited ones included and grouped by the ancestor that declares them.
 * It crosses the contract to the renderer, which builds forms from it, and both sides turn it
 * into the same zod schema (`descriptor-to-zod.ts`).
 */
import { z } from 'zod';
import { RuleSchema } from './rules';

/** The data types a property value can have: schema.org's, plus `Map` for custom types' free key/value objects. */
export const DATA_TYPES = [
  'Text',
  'URL',
  'CssSelectorType',
  'XPathType',
  'PronounceableText',
  'Date',
  'DateTime',
  'Time',
  'Number',
  'Integer',
  'Float',
  'Boolean',
  'Quantity',
  'Distance',
  'Duration',
  'Energy',
  'Mass',
  'Map',
] as const;

/** A data type name from `DATA_TYPES`. */
export const DataTypeNameSchema = z.enum(DATA_TYPES);
/** A data type name. */
export type DataTypeName = z.infer<typeof DataTypeNameSchema>;

/** One accepted kind of value: a data type, enumeration members, or an entity of a type (or a subtype). */
export const RangeDescriptorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('data'), type: DataTypeNameSchema }),
  z.object({ kind: z.literal('enumeration'), type: z.string().optional(), members: z.array(z.string()) }),
  z.object({ kind: z.literal('entity'), type: z.string() }),
]);
/** One accepted kind of value of a property. */
export type RangeDescriptor = z.infer<typeof RangeDescriptorSchema>;

/** The code lists a property's values can be checked against. */
export const CodeListSchema = z.enum(['naics', 'onet']);
/** `naics` or `onet`. */
export type CodeList = z.infer<typeof CodeListSchema>;

/** Checks on a property's value beyond its range. */
export const ConstraintsSchema = z.object({
  min: z.number().optional(),
  max: z.number().optional(),
  minLength: z.number().int().nonnegative().optional(),
  maxLength: z.number().int().nonnegative().optional(),
  /** A regular expression the whole text must match. */
  pattern: z.string().max(500).optional(),
  /** A text format: an email address, or an E.164 phone number (spaces, dashes, dots and brackets allowed). */
  format: z.enum(['email', 'e164']).optional(),
  /**
   * A code list the value is checked against. `codeLike: true` checks only values shaped like a
   * code (for free-text properties such as `industry`); otherwise every text value must be a code.
   */
  code: z.object({ list: CodeListSchema, codeLike: z.boolean() }).optional(),
});
/** Checks on a property's value beyond its range. */
export type Constraints = z.infer<typeof ConstraintsSchema>;

/**
 * How many values a property takes: `either` (schema.org's rule: one value or an array),
 * `single` (one value only) or `repeated` (always an array).
 */
export const MultiplicitySchema = z.enum(['either', 'single', 'repeated']);
/** How many values a property takes. */
export type Multiplicity = z.infer<typeof MultiplicitySchema>;

/** One property of a type as forms and validation see it. */
export const PropertyDescriptorSchema = z.object({
  name: z.string(),
  description: z.string(),
  /** The ancestor (or the type itself) that declares the property. */
  group: z.string(),
  ranges: z.array(RangeDescriptorSchema),
  multiplicity: MultiplicitySchema,
  required: z.boolean(),
  pii: z.boolean(),
  encrypted: z.boolean(),
  constraints: ConstraintsSchema,
  pending: z.boolean(),
  /** Superseded (or retired) properties stay valid for existing data; forms hide them by default. */
  superseded: z.boolean(),
  supersededBy: z.array(z.string()).optional(),
});
/** One property of a type. */
export type PropertyDescriptor = z.infer<typeof PropertyDescriptorSchema>;

/** Where a type comes from. */
export const TypeSourceSchema = z.enum(['schema.org', 'custom']);

/** A type with every property it accepts. */
export const TypeDescriptorSchema = z.object({
  name: z.string(),
  description: z.string(),
  kind: z.enum(['type', 'enumeration', 'dataType']),
  source: TypeSourceSchema,
  layer: z.string(),
  pending: z.boolean(),
  superseded: z.boolean(),
  supersededBy: z.array(z.string()).optional(),
  parents: z.array(z.string()),
  /** Every supertype, nearest first; `isSubtypeOf` needs nothing else. */
  ancestors: z.array(z.string()),
  /** The groups in display order: the type itself, then its ancestors nearest first. */
  groups: z.array(z.string()),
  properties: z.array(PropertyDescriptorSchema),
  rules: z.array(RuleSchema),
  /** Members, for enumerations. */
  members: z.array(z.string()).optional(),
});
/** A type with every property it accepts. */
export type TypeDescriptor = z.infer<typeof TypeDescriptorSchema>;

/**
 * What schema building needs beyond one descriptor: the descriptors of nested types and,
 * where available, the code lists. The main process backs it with the Vocabulary; the
 * renderer with descriptors it fetched. `shared/` holds no vocabulary data itself.
 */
export interface DescriptorLookup {
  /** The descriptor of a type, or undefined when the type is not known. */
  descriptor(type: string): TypeDescriptor | undefined;
  /** Whether a code exists in a list; undefined when the list is not at hand (the check is skipped). */
  codeExists?(list: CodeList, code: string): boolean | undefined;
}

/** True when `type` is `ancestor` or one of its subtypes. */
export function isSubtypeOf(lookup: DescriptorLookup, type: string, ancestor: string): boolean {
  if (type === ancestor) return true;
  return lookup.descriptor(type)?.ancestors.includes(ancestor) ?? false;
}
