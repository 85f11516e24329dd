/**
 * Business rules across the fields of one entity, as plain JSON so they travel with the
 * type descriptor and run the same way in the main process and in forms. Paths are dotted
 * property paths relative to the entity (`price`, `totalPaymentDue.price`).
 */
import { z } from 'zod';

/** A dotted property path such as `orderedItem` or `offers.price`. */
export const RulePathSchema = z.string().min(1).max(200).regex(/^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/, 'a dotted property path');

/** A comparison operator of a `compare` rule. */
export const CompareOpSchema = z.enum(['==', '!=', '<', '<=', '>', '>=']);

/** The right-hand side of a comparison: another field, or a constant. */
const OperandSchema = z.union([RulePathSchema, z.object({ value: z.union([z.number(), z.string(), z.boolean()]) }).strict()]);

const message = z.string().max(300).optional();

/** `target` equals the sum of `of` (absent addends count as 0), within `tolerance`. */
export const SumRuleSchema = z
  .object({ kind: z.literal('sum'), target: RulePathSchema, of: z.array(RulePathSchema).min(1), tolerance: z.number().nonnegative().default(0.005), message })
  .strict();

/** The value at `path` has at least `min` items (a single value counts as one). */
export const MinItemsRuleSchema = z.object({ kind: z.literal('minItems'), path: RulePathSchema, min: z.number().int().min(1), message }).strict();

/** The value at `path` has at most `max` items. */
export const MaxItemsRuleSchema = z.object({ kind: z.literal('maxItems'), path: RulePathSchema, max: z.number().int().min(0), message }).strict();

/** When the value at `from` is a key of `table`, the value at `path` must equal the table's entry. */
export const LookupRuleSchema = z
  .object({
    kind: z.literal('lookup'),
    path: RulePathSchema,
    from: RulePathSchema,
    table: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])),
    message,
  })
  .strict();

/** `left op right` holds whenever both sides are present; numbers, ISO dates and text compare naturally. */
export const CompareRuleSchema = z.object({ kind: z.literal('compare'), left: RulePathSchema, op: CompareOpSchema, right: OperandSchema, message }).strict();

/** The value at `path` is required when the value at `when.path` is one of `when.in`. */
export const RequiredWhenRuleSchema = z
  .object({
    kind: z.literal('requiredWhen'),
    path: RulePathSchema,
    when: z.object({ path: RulePathSchema, in: z.array(z.union([z.string(), z.number(), z.boolean()])).min(1) }).strict(),
    message,
  })
  .strict();

/** One business rule. */
export const RuleSchema = z.discriminatedUnion('kind', [
  SumRuleSchema,
  MinItemsRuleSchema,
  MaxItemsRuleSchema,
  LookupRuleSchema,
  CompareRuleSchema,
  RequiredWhenRuleSchema,
]);

/** One business rule (parsed: defaults applied). */
export type Rule = z.output<typeof RuleSchema>;
/** One business rule as written (defaults may be missing). */
export type RuleInput = z.input<typeof RuleSchema>;
