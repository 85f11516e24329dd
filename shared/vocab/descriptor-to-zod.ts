/**
 * Turns a type descriptor into the zod schema that checks an entity of that type: in the
 * main process before every write and in the renderer's forms. Embedded entities are checked
 * with their own type's schema, built lazily through the lookup, so a schema for `Person`
 * does not build `Organization` until a `worksFor` value needs it.
 */
import { z } from 'zod';
import type { FieldIssue } from '../errors';
import { checkRules } from './check-rules';
import { isSubtypeOf, type DescriptorLookup, type PropertyDescriptor, type TypeDescriptor } from './descriptor';
import { closest } from './edit-distance';
import { propertyChecker, type Checked } from './value-schema';

/** How properties the type does not have are treated: rejected (`strict`) or kept (`warn`). */
export type UnknownPolicy = 'strict' | 'warn';

/** Options of schema building. */
export interface SchemaOptions {
  unknown?: UnknownPolicy;
}

/** The parsed form of an entity: its properties after normalisation (ISO dates, short enumeration names). */
export type ParsedEntity = Record<string, unknown>;

/** Marks the issues of unknown properties so `warn` mode can tell them from real failures. */
const UNKNOWN_PROPERTY = 'unknownProperty';

const isEmpty = (v: unknown): boolean => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
// `$id`, `$version`, `@context` and the like are bookkeeping, not properties of the type.
const isBookkeeping = (key: string): boolean => key.startsWith('$') || key.startsWith('@');

/** Builds and caches entity schemas per type for one lookup and one policy. */
export class SchemaFactory {
  private readonly cache = new Map<string, z.ZodType<ParsedEntity>>();

  constructor(
    private readonly lookup: DescriptorLookup,
    private readonly options: Required<SchemaOptions> = { unknown: 'strict' },
  ) {}

  /** The schema of a type known to the lookup. */
  forType(type: string): z.ZodType<ParsedEntity> {
    const cached = this.cache.get(type);
    if (cached) return cached;
    const descriptor = this.lookup.descriptor(type);
    if (!descriptor) throw new Error(`Unknown type ${type}`);
    const schema = this.forDescriptor(descriptor);
    this.cache.set(type, schema);
    return schema;
  }

  /** The schema of a descriptor (not cached: the caller may hold a descriptor the lookup does not know). */
  forDescriptor(descriptor: TypeDescriptor): z.ZodType<ParsedEntity> {
    const properties = new Map(descriptor.properties.map((p) => [p.name, p]));
    const checkers = new Map<string, (v: unknown) => Checked>();
    const checkerFor = (p: PropertyDescriptor) => {
      let c = checkers.get(p.name);
      if (!c) {
        c = propertyChecker(p, this.lookup, (t) => this.forType(t));
        checkers.set(p.name, c);
      }
      return c;
    };
    const required = descriptor.properties.filter((p) => p.required);

    return z.unknown().transform((input, ctx): ParsedEntity => {
      if (typeof input !== 'object' || input === null || Array.isArray(input)) {
        ctx.addIssue({ code: 'custom', message: `Expected an object of type ${descriptor.name}` });
        return z.NEVER;
      }
      const entity = input as Record<string, unknown>;
      const $type = entity.$type;
      if ($type !== undefined && $type !== descriptor.name) {
        // A subtype's entity is checked with the subtype's own (larger) set of properties.
        if (typeof $type === 'string' && isSubtypeOf(this.lookup, $type, descriptor.name)) {
          const sub = this.forType($type).safeParse(entity);
          if (sub.success) return sub.data;
          for (const issue of sub.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path, params: paramsOf(issue) });
          return z.NEVER;
        }
        ctx.addIssue({ code: 'custom', message: `Expected $type ${descriptor.name} (or a subtype), not ${String($type)}`, path: ['$type'] });
      }
      const out: ParsedEntity = {};
      const failed = new Set<string>();
      for (const [key, value] of Object.entries(entity)) {
        const property = properties.get(key);
        if (!property) {
          if (!isBookkeeping(key) && this.options.unknown === 'strict') {
            const hint = closest(key, properties.keys());
            ctx.addIssue({
              code: 'custom',
              message: `${descriptor.name} has no property "${key}"${hint ? ` (did you mean "${hint}"?)` : ''}`,
              path: [key],
              params: { [UNKNOWN_PROPERTY]: true },
            });
          }
          out[key] = value;
          continue;
        }
        const result = checkerFor(property)(value);
        if (result.ok) out[key] = result.value;
        else {
          failed.add(key);
          out[key] = value;
          for (const issue of result.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: [key, ...issue.path], params: issue.params });
        }
      }
      for (const p of required) {
        if (isEmpty(entity[p.name])) ctx.addIssue({ code: 'custom', message: `${p.name} is required`, path: [p.name] });
      }
      // A field that already failed is reported once, not again by every rule that reads it.
      for (const issue of checkRules(descriptor.rules, out)) {
        if (!failed.has(String(issue.path[0]))) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
      }
      return out;
    });
  }
}

function paramsOf(issue: z.core.$ZodIssue): Record<string, unknown> | undefined {
  return 'params' in issue ? (issue.params as Record<string, unknown>) : undefined;
}

/** The zod schema of a descriptor; nested types resolve through the lookup. */
export function descriptorToZod(descriptor: TypeDescriptor, lookup: DescriptorLookup, options: SchemaOptions = {}): z.ZodType<ParsedEntity> {
  return new SchemaFactory(lookup, { unknown: options.unknown ?? 'strict' }).forDescriptor(descriptor);
}

/** The outcome of validating an entity: the parsed value and warnings, or the failing fields. */
export type EntityValidation =
  | { ok: true; value: ParsedEntity; warnings: FieldIssue[] }
  | { ok: false; issues: FieldIssue[]; warnings: FieldIssue[] };

const toFieldIssue = (i: z.core.$ZodIssue): FieldIssue => ({ path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: i.message });

/**
 * Validates an entity under a policy. In `warn` mode unknown properties are kept and reported
 * as warnings with their full paths; any other failure still fails. The strict schema runs
 * first because only it knows where unknown properties sit in nested entities.
 */
export class EntityValidator {
  private readonly strict: SchemaFactory;
  private readonly lenient: SchemaFactory;

  constructor(lookup: DescriptorLookup) {
    this.strict = new SchemaFactory(lookup, { unknown: 'strict' });
    this.lenient = new SchemaFactory(lookup, { unknown: 'warn' });
  }

  /** The schema of a type under a policy (cached). */
  schema(type: string, policy: UnknownPolicy = 'strict'): z.ZodType<ParsedEntity> {
    return (policy === 'strict' ? this.strict : this.lenient).forType(type);
  }

  /** Validates `value` as an entity of `type`. */
  validate(type: string, value: unknown, policy: UnknownPolicy = 'strict'): EntityValidation {
    const first = this.strict.forType(type).safeParse(value);
    if (first.success) return { ok: true, value: first.data, warnings: [] };
    const unknown = first.error.issues.filter((i) => paramsOf(i)?.[UNKNOWN_PROPERTY] === true);
    const others = first.error.issues.filter((i) => paramsOf(i)?.[UNKNOWN_PROPERTY] !== true);
    if (policy === 'strict') return { ok: false, issues: first.error.issues.map(toFieldIssue), warnings: [] };
    const warnings = unknown.map(toFieldIssue);
    if (others.length > 0) return { ok: false, issues: others.map(toFieldIssue), warnings };
    const second = this.lenient.forType(type).safeParse(value);
    if (second.success) return { ok: true, value: second.data, warnings };
    return { ok: false, issues: second.error.issues.map(toFieldIssue), warnings };
  }
}
