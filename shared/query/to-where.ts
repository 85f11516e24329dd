/**
 * Exporter: the builder's model to the reference document's query JSON (`where`, `orderBy`,
 * `limit`, `populate`). Conditions still being filled in are left out, so a half-built
 * query still runs.
 */
import { arityOf } from './operators';
import type { ConditionModel, GroupModel, QueryJson, QueryModel, Scalar } from './model';
import { escapeRegex } from './regex-text';

type Filter = Record<string, unknown>;

/** True when a condition has a field and every value its operator needs. */
export function isComplete(condition: ConditionModel): boolean {
  if (!condition.field) return false;
  const value = condition.value;
  switch (arityOf(condition.operator)) {
    case 'none':
      return true;
    case 'one':
      if (condition.operator === 'startsWith' || condition.operator === 'regex') {
        return typeof value === 'string' && value.length > 0;
      }
      return value !== undefined && !Array.isArray(value) && value !== '';
    case 'two':
      return Array.isArray(value) && value.length === 2 && value.every((v) => v !== null && v !== '');
    case 'list':
      return Array.isArray(value) && value.length > 0;
  }
}

/** The `isEmpty` filter: missing, null, empty text or an empty list. */
export function isEmptyFilter(field: string): Filter {
  return { $or: [{ [field]: { $in: [null, ''] } }, { [field]: [] }] };
}

/** One complete condition as a filter object. */
export function conditionToFilter(condition: ConditionModel): Filter {
  const { field, value } = condition;
  const one = value as Scalar;
  switch (condition.operator) {
    case 'eq':
      return { [field]: one };
    case 'ne':
      return { [field]: { $ne: one } };
    case 'contains':
      return { [field]: { $contains: one } };
    case 'startsWith':
      return { [field]: { $regex: `^${escapeRegex(String(one))}`, $options: 'i' } };
    case 'regex':
      return { [field]: condition.options ? { $regex: one, $options: condition.options } : { $regex: one } };
    case 'in':
      return { [field]: { $in: value } };
    case 'notIn':
      return { [field]: { $nin: value } };
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return { [field]: { [`$${condition.operator}`]: one } };
    case 'between': {
      const [low, high] = value as Scalar[];
      return { [field]: { $gte: low, $lte: high } };
    }
    case 'exists':
      return { [field]: { $exists: true } };
    case 'notExists':
      return { [field]: { $exists: false } };
    case 'isEmpty':
      return isEmptyFilter(field);
  }
}

/** A group as a filter object; an empty group is `{}` (matches everything). */
export function groupToFilter(group: GroupModel): Filter {
  const parts: Filter[] = [];
  for (const item of group.items) {
    const part = item.kind === 'group' ? groupToFilter(item) : isComplete(item) ? conditionToFilter(item) : undefined;
    if (part && Object.keys(part).length > 0) parts.push(part);
  }
  if (parts.length === 0) return {};
  if (parts.length === 1) return parts[0]!;
  if (group.combinator === 'or') return { $or: parts };
  return mergeAnd(parts);
}

/**
 * Joins AND parts into one object when their keys do not collide (the readable form), else
 * into `$and` of one-key filters. Nested ANDs are flattened first, so the output is the same
 * whatever grouping produced it and reading it back gives the same JSON again.
 */
function mergeAnd(parts: Filter[]): Filter {
  const atoms: Filter[] = [];
  const flatten = (part: Filter): void => {
    for (const [key, value] of Object.entries(part)) {
      if (key === '$and' && Array.isArray(value)) (value as Filter[]).forEach(flatten);
      else atoms.push({ [key]: value });
    }
  };
  parts.forEach(flatten);
  const merged: Filter = {};
  for (const atom of atoms) {
    const [key] = Object.keys(atom) as [string];
    if (key in merged) return { $and: atoms };
    merged[key] = atom[key];
  }
  return merged;
}

/** The query in the reference document's syntax; empty parts are left out. */
export function toQueryJson(model: QueryModel): QueryJson {
  const out: QueryJson = {};
  const where = groupToFilter(model.where);
  if (Object.keys(where).length > 0) out.where = where;
  const sorted = model.orderBy.filter((s) => s.field);
  if (sorted.length > 0) out.orderBy = Object.fromEntries(sorted.map((s) => [s.field, s.direction]));
  if (model.limit !== undefined) out.limit = model.limit;
  const populate = model.populate.filter(Boolean);
  if (populate.length > 0) out.populate = populate;
  return out;
}

/** The query JSON as the builder's JSON tab shows it. */
export function toJsonText(model: QueryModel): string {
  return JSON.stringify(toQueryJson(model), null, 2);
}
