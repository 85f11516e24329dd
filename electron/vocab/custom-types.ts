/**
 * Checks custom type definitions and type extensions before they are registered: the name is
 * free, the parent exists, every range resolves, and every rule names a property the type has.
 * Failures are `VALIDATION` errors on the definition's own paths (`properties.plan.range`).
 */
import { StudioError, fromZodError, validationError, type FieldIssue } from '../../shared/errors';
import {
  CustomTypeDefinitionSchema,
  TypeExtensionSchema,
  type CustomTypeDefinition,
  type TypeExtension,
} from '../../shared/vocab/custom-type';
import { DATA_TYPES } from '../../shared/vocab/descriptor';
import type { Rule } from '../../shared/vocab/rules';
import type { TypeIndex } from './type-index';

const DATA_TYPE_SET: ReadonlySet<string> = new Set(DATA_TYPES);

/** The property paths a rule reads; only the first step must be a property of the type. */
function rulePaths(rule: Rule): string[] {
  switch (rule.kind) {
    case 'sum':
      return [rule.target, ...rule.of];
    case 'lookup':
      return [rule.path, rule.from];
    case 'compare':
      return typeof rule.right === 'string' ? [rule.left, rule.right] : [rule.left];
    case 'requiredWhen':
      return [rule.path, rule.when.path];
    default:
      return [rule.path];
  }
}

/** Issues of the properties and rules of a definition or extension of type `self`. */
function checkBody(body: TypeExtension, self: string, inherited: ReadonlySet<string>, index: TypeIndex): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const [prop, decl] of Object.entries(body.properties)) {
    const ranges = decl.range === undefined ? [] : Array.isArray(decl.range) ? decl.range : [decl.range];
    ranges.forEach((r, i) => {
      const node = index.node(r);
      const known = DATA_TYPE_SET.has(r) || r === self || (node !== undefined && node.kind !== 'dataType');
      if (!known) issues.push({ path: ['properties', prop, 'range', ...(Array.isArray(decl.range) ? [i] : [])], message: `Unknown type or data type ${r}` });
    });
    if (ranges.length === 0 && !decl.enum && !inherited.has(prop)) {
      issues.push({ path: ['properties', prop, 'range'], message: `${prop} is not inherited, so it needs a range or an enum` });
    }
  }
  const known = new Set([...inherited, ...Object.keys(body.properties)]);
  body.rules.forEach((rule, i) => {
    for (const path of rulePaths(rule)) {
      const first = path.split('.')[0] ?? path;
      if (!known.has(first)) issues.push({ path: ['rules', i], message: `Rule ${rule.kind} refers to ${first}, which ${self} does not have` });
    }
  });
  return issues;
}

/**
 * Parses and checks a custom type definition. `propertiesOf` answers the property names a
 * type already has, so a definition may change the flags of inherited ones without a range.
 */
export function checkCustomType(input: unknown, index: TypeIndex, propertiesOf: (type: string) => ReadonlySet<string>): CustomTypeDefinition {
  const parsed = CustomTypeDefinitionSchema.safeParse(input);
  if (!parsed.success) throw fromZodError(parsed.error, 'Invalid custom type');
  const def = parsed.data;
  const existing = index.node(def.name);
  if (existing && existing.source !== 'custom') {
    throw new StudioError('CONFLICT', `${def.name} is a schema.org ${existing.kind}; a custom type needs a name of its own`, { details: { name: def.name } });
  }
  const issues: FieldIssue[] = [];
  const parent = index.node(def.extends);
  if (!parent || parent.kind !== 'type') issues.push({ path: ['extends'], message: `${def.extends} is not a known entity type` });
  else if (def.extends === def.name || index.isSubtypeOf(def.extends, def.name)) issues.push({ path: ['extends'], message: `${def.name} cannot extend its own subtype ${def.extends}` });
  issues.push(...checkBody(def, def.name, parent ? propertiesOf(def.extends) : new Set(), index));
  if (issues.length) throw validationError(issues, `Invalid custom type ${def.name}`);
  return def;
}

/** Parses and checks an extension of an existing type. */
export function checkExtension(type: string, input: unknown, index: TypeIndex, propertiesOf: (type: string) => ReadonlySet<string>): TypeExtension {
  const parsed = TypeExtensionSchema.safeParse(input);
  if (!parsed.success) throw fromZodError(parsed.error, `Invalid extension of ${type}`);
  const issues = checkBody(parsed.data, type, propertiesOf(type), index);
  if (issues.length) throw validationError(issues, `Invalid extension of ${type}`);
  return parsed.data;
}
