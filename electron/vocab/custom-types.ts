/**
 * Checks a custom type definition against the vocabulary before it is registered: the name is
 * free, the parent exists, every range resolves, and every rule names a property the type has.
 * Failures are `VALIDATION` errors on the definition's own paths (`properties.plan.range`).
 */
import { StudioError, fromZodError, validationError, type FieldIssue } from '../../shared/errors';
import { CustomTypeDefinitionSchema, type CustomTypeDefinition } from '../../shared/vocab/custom-type';
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

/**
 * Parses and checks a definition. `inheritedProperties` answers the property names the parent
 * type already has, so a definition may change their flags without a range.
 */
export function checkCustomType(input: unknown, index: TypeIndex, inheritedProperties: (type: string) => ReadonlySet<string>): CustomTypeDefinition {
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

  const inherited = parent ? inheritedProperties(def.extends) : new Set<string>();
  for (const [prop, decl] of Object.entries(def.properties)) {
    const ranges = decl.range === undefined ? [] : Array.isArray(decl.range) ? decl.range : [decl.range];
    ranges.forEach((r, i) => {
      const known = DATA_TYPE_SET.has(r) || r === def.name || (index.node(r) !== undefined && index.node(r)?.kind !== 'dataType');
      if (!known) issues.push({ path: ['properties', prop, 'range', ...(Array.isArray(decl.range) ? [i] : [])], message: `Unknown type or data type ${r}` });
    });
    if (ranges.length === 0 && !decl.enum && !inherited.has(prop)) {
      issues.push({ path: ['properties', prop, 'range'], message: `${prop} is not inherited from ${def.extends}, so it needs a range or an enum` });
    }
  }
  const known = new Set([...inherited, ...Object.keys(def.properties)]);
  def.rules.forEach((rule, i) => {
    for (const path of rulePaths(rule)) {
      const first = path.split('.')[0] ?? path;
      if (!known.has(first)) issues.push({ path: ['rules', i], message: `Rule ${rule.kind} refers to ${first}, which ${def.name} does not have` });
    }
  });
  if (issues.length) throw validationError(issues, `Invalid custom type ${def.name}`);
  return def;
}
