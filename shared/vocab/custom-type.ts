/**
 * The definition of a custom type (the reference document's `Subscription`, `Metric`,
 * `Tenant`): what a user writes, before the Vocabulary turns it into a type descriptor like
 * any schema.org type's.
 */
import { z } from 'zod';
import { TypeNameSchema } from '../entity';
import { ConstraintsSchema, MultiplicitySchema } from './descriptor';
import { RuleSchema } from './rules';

/** A property name: letters, digits and `_`, starting with a letter. */
export const PropertyNameSchema = z.string().min(1).max(100).regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'a property name starts with a letter and has only letters, digits and _');

const compiles = (pattern: string): boolean => {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
};

/**
 * A property of a custom type. `range` names data types, schema.org types, enumerations or
 * custom types; `enum` declares the allowed text values inline. A property the parent type
 * already has may be listed without a range to change its flags (make `name` required).
 */
export const CustomPropertySchema = z
  .object({
    range: z.union([TypeNameSchema, z.array(TypeNameSchema).min(1).max(20)]).optional(),
    enum: z.array(z.string().min(1).max(200)).min(1).max(500).optional(),
    multiplicity: MultiplicitySchema.optional(),
    required: z.boolean().optional(),
    pii: z.boolean().optional(),
    encrypted: z.boolean().optional(),
    description: z.string().max(2000).optional(),
    constraints: ConstraintsSchema.refine((c) => c.pattern === undefined || compiles(c.pattern), {
      message: 'pattern is not a valid regular expression',
      path: ['pattern'],
    }).optional(),
  })
  .strict()
  .refine((p) => !(p.range && p.enum), { message: 'give either range or enum, not both', path: ['enum'] });
/** A property of a custom type as written. */
export type CustomProperty = z.input<typeof CustomPropertySchema>;

const properties = z.record(PropertyNameSchema, CustomPropertySchema).default({});
const rules = z.array(RuleSchema).max(100).default([]);

/** A custom type: a name, the schema.org (or custom) type it extends, its properties and business rules. */
export const CustomTypeDefinitionSchema = z
  .object({
    name: TypeNameSchema,
    extends: TypeNameSchema.default('Thing'),
    description: z.string().max(2000).default(''),
    properties,
    rules,
  })
  .strict();
/** A custom type definition as written (defaults may be missing). */
export type CustomTypeDefinitionInput = z.input<typeof CustomTypeDefinitionSchema>;
/** A custom type definition after parsing (defaults applied). */
export type CustomTypeDefinition = z.output<typeof CustomTypeDefinitionSchema>;

/**
 * Extra properties and rules for an existing type (schema.org or custom), for data that
 * schema.org does not model, such as an Order's subtotal, tax and shipping. Subtypes inherit them.
 */
export const TypeExtensionSchema = z.object({ properties, rules }).strict();
/** A type extension as written. */
export type TypeExtensionInput = z.input<typeof TypeExtensionSchema>;
/** A type extension after parsing. */
export type TypeExtension = z.output<typeof TypeExtensionSchema>;
