/** Channels that read the vocabularies (schema.org, NAICS, O*NET, custom types). Answers are one page, never a whole vocabulary. */
import { z } from 'zod';
import { TypeNameSchema } from '../entity';
import { TypeDescriptorSchema } from '../vocab/descriptor';
import { channel } from './define';

const QuerySchema = z.string().trim().min(1).max(100);
const LimitSchema = z.number().int().min(1).max(100).default(20);

/** A type in search results and the hierarchy, with its subtype counts. */
export const TypeSummarySchema = z.object({
  name: z.string(),
  kind: z.enum(['type', 'enumeration', 'dataType']),
  source: z.enum(['schema.org', 'custom']),
  layer: z.string(),
  pending: z.boolean(),
  superseded: z.boolean(),
  summary: z.string(),
  childCount: z.number().int().nonnegative(),
  descendantCount: z.number().int().nonnegative(),
});

/** One level of the type tree: the type, the path down to it, and its direct subtypes. */
export const TypeHierarchySchema = z.object({
  type: TypeSummarySchema,
  /** Ancestors from the root down to the type's first parent (a breadcrumb; one path where there are several). */
  path: z.array(z.string()),
  parents: z.array(z.string()),
  children: z.array(TypeSummarySchema),
});

/** An enumeration and its members. */
export const EnumerationSchema = z.object({
  name: z.string(),
  description: z.string(),
  members: z.array(z.object({ name: z.string(), description: z.string(), layer: z.string(), superseded: z.boolean() })),
});

/** A NAICS 2022 code. */
export const NaicsCodeSchema = z.object({
  code: z.string(),
  title: z.string(),
  level: z.number().int(),
  levelName: z.string(),
  parent: z.string().nullable(),
  childCount: z.number().int().nonnegative(),
  summary: z.string().optional(),
});

/** An O*NET-SOC occupation. */
export const OccupationSchema = z.object({
  code: z.string(),
  title: z.string(),
  description: z.string(),
  soc: z.string(),
  majorGroup: z.string(),
  dataLevel: z.boolean(),
});

/** A node of the O*NET tree (major group, SOC code, occupation). */
export const OnetNodeSchema = z.object({
  code: z.string(),
  title: z.string(),
  level: z.enum(['majorGroup', 'soc', 'occupation']),
  childCount: z.number().int().nonnegative(),
  dataLevel: z.boolean().optional(),
});

const NaicsCodeInput = z.string().regex(/^(\d{2,6}|\d{2}-\d{2})$/, 'a NAICS code such as 5415 or 31-33');
const OnetCodeInput = z.string().regex(/^\d{2}-\d{4}\.\d{2}$/, 'an O*NET-SOC code such as 15-1252.00');

export const vocabChannels = {
  /** Types ranked against a query (name, typos, description), optionally of some kinds only. */
  'vocab.searchTypes': channel(
    z.object({ query: QuerySchema, limit: LimitSchema, kinds: z.array(z.enum(['type', 'enumeration', 'dataType'])).optional() }).strict(),
    z.object({ items: z.array(TypeSummarySchema) }),
  ),

  /** A type's descriptor: every property, inherited ones grouped by ancestor, with ranges, flags and rules. */
  'vocab.type': channel(z.object({ name: TypeNameSchema }).strict(), TypeDescriptorSchema),

  /** A type's direct subtypes with subtype counts, for a lazily opened tree (Thing when no name is given). */
  'vocab.hierarchy': channel(z.object({ name: TypeNameSchema.default('Thing') }).strict(), TypeHierarchySchema),

  /** Every subtype of a type, transitively: what a range of that type also accepts. */
  'vocab.subtypes': channel(z.object({ name: TypeNameSchema }).strict(), z.object({ names: z.array(z.string()) })),

  /** An enumeration's members (`ItemAvailability` → `InStock`, …). */
  'vocab.enumeration': channel(z.object({ name: TypeNameSchema }).strict(), EnumerationSchema),

  /** NAICS codes ranked against a code prefix or title words, optionally at one level (2 to 6 digits). */
  'vocab.naics.search': channel(
    z.object({ query: QuerySchema, limit: LimitSchema, level: z.number().int().min(2).max(6).optional() }).strict(),
    z.object({ items: z.array(NaicsCodeSchema) }),
  ),

  /** One NAICS code and the path from its sector down to it. */
  'vocab.naics.get': channel(z.object({ code: NaicsCodeInput }).strict(), z.object({ code: NaicsCodeSchema, path: z.array(NaicsCodeSchema) })),

  /** A NAICS code's direct children (the 20 sectors when no code is given) and the path down to it. */
  'vocab.naics.children': channel(
    z.object({ code: NaicsCodeInput.nullable().default(null) }).strict(),
    z.object({ path: z.array(NaicsCodeSchema), items: z.array(NaicsCodeSchema) }),
  ),

  /** O*NET occupations ranked against a code prefix or words of the title and description. */
  'vocab.onet.search': channel(
    z.object({ query: QuerySchema, limit: LimitSchema, dataLevelOnly: z.boolean().default(false) }).strict(),
    z.object({ items: z.array(OccupationSchema) }),
  ),

  /** One O*NET occupation with its SOC code and major group titles and its sibling specialties. */
  'vocab.onet.get': channel(
    z.object({ code: OnetCodeInput }).strict(),
    z.object({
      occupation: OccupationSchema,
      socTitle: z.string(),
      majorGroupTitle: z.string(),
      related: z.array(OnetNodeSchema),
    }),
  ),

  /** The O*NET tree one level at a time: major groups, then SOC codes, then occupations. */
  'vocab.onet.children': channel(
    z.object({ code: z.string().regex(/^\d{2}(-\d{4})?$/, 'a major group (15) or SOC code (15-1252)').nullable().default(null) }).strict(),
    z.object({ items: z.array(OnetNodeSchema) }),
  ),
};
