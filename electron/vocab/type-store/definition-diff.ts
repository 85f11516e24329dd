/** What changed between two versions of a custom type definition, for its history: properties added, removed and changed. */
import { diffEntities, jsonEquals, type FieldChange } from '../../../shared/governance/diff';
import type { CustomTypeDefinition } from '../../../shared/vocab/custom-type';

/** Properties added, removed and changed (with field-level changes inside each), then changes outside the properties. */
export interface DefinitionDiff {
  added: string[];
  removed: string[];
  changed: Array<{ name: string; changes: FieldChange[] }>;
  other: FieldChange[];
}

/** Fields whose value is a list of names: a change shows as the whole list before and after, not element by element. */
const LIST_FIELDS = ['enum', 'range'] as const;

/** The changes inside one property's declaration. */
function propertyChanges(old: Record<string, unknown>, now: Record<string, unknown>): FieldChange[] {
  const lists = LIST_FIELDS.filter((key) => (Array.isArray(old[key]) || Array.isArray(now[key])) && !jsonEquals(old[key], now[key]));
  const inList = (field: string) => lists.some((key) => field === key || field.startsWith(`${key}[`));
  const whole = lists.map((field): FieldChange => ({ field, ...(old[field] !== undefined ? { oldValue: old[field] } : {}), ...(now[field] !== undefined ? { newValue: now[field] } : {}) }));
  return [...whole, ...diffEntities(old, now).filter((c) => !inList(c.field))];
}

function withoutProperties(def: CustomTypeDefinition): Record<string, unknown> {
  const { properties: _properties, name: _name, ...rest } = def;
  return rest;
}

/**
 * The difference from `before` to `after`. A first version (`before` null) lists its
 * properties as added; a deletion (`after` null) lists them as removed; neither repeats the
 * parent, description and rules as "other" changes.
 */
export function diffDefinitions(before: CustomTypeDefinition | null, after: CustomTypeDefinition | null): DefinitionDiff {
  const was = before?.properties ?? {};
  const now = after?.properties ?? {};
  const changed: DefinitionDiff['changed'] = [];
  for (const name of Object.keys(now)) {
    const old = was[name];
    const current = now[name];
    if (old && current && !jsonEquals(old, current)) changed.push({ name, changes: propertyChanges(old, current) });
  }
  return {
    added: Object.keys(now).filter((name) => !(name in was)),
    removed: Object.keys(was).filter((name) => !(name in now)),
    changed,
    other: before && after ? diffEntities(withoutProperties(before), withoutProperties(after)) : [],
  };
}
