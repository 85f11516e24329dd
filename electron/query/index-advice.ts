/**
 * Index advice: the index that would serve a query, in the order SQLite can use it —
 * fields compared for equality first, then one range (or anchored prefix), then the sort
 * fields. Fields inside `$or`, `$not` and bookkeeping columns are left out: one composite
 * index cannot serve them.
 */
import { isPlainObject } from './parse-where';

/** An index suggestion: fields in order and the reason in words. */
export interface IndexAdvice {
  fields: string[];
  reason: string;
}

/** Most fields suggested: more rarely pays for its write cost. */
const MAX_FIELDS = 3;
const RANGE_OPS = ['$gt', '$gte', '$lt', '$lte'];

/** The index that would serve `where` + `orderBy`, or null when nothing in them can use one. */
export function adviseIndex(type: string, where: Record<string, unknown> | undefined, orderBy: Record<string, string> | undefined): IndexAdvice | null {
  const equal: string[] = [];
  const range: string[] = [];
  collect(where ?? {}, equal, range);
  const sort = Object.keys(orderBy ?? {}).filter((f) => !f.startsWith('$'));
  const fields: string[] = [];
  const add = (f: string) => fields.length < MAX_FIELDS && !fields.includes(f) && fields.push(f);
  equal.forEach(add);
  if (range[0]) add(range[0]);
  else sort.forEach(add);
  if (fields.length === 0) return null;
  const parts = [
    equal.length > 0 ? `matches ${list(equal)} exactly` : '',
    range[0] ? `limits ${range[0]} to a range` : '',
    !range[0] && sort.length > 0 ? `sorts by ${list(sort)}` : '',
  ].filter(Boolean);
  return {
    fields,
    reason: `The query ${parts.join(' and ')}, so every ${type} is read today. An index on (${fields.join(', ')}) lets SQLite go straight to the matching ${type} entities.`,
  };
}

function collect(where: Record<string, unknown>, equal: string[], range: string[]): void {
  for (const [key, value] of Object.entries(where)) {
    if (key === '$and' && Array.isArray(value)) {
      for (const part of value) if (isPlainObject(part)) collect(part, equal, range);
      continue;
    }
    if (key.startsWith('$')) continue;
    if (!isPlainObject(value)) {
      equal.push(key);
      continue;
    }
    const ops = Object.keys(value);
    if (ops.includes('$eq') || ops.includes('$in')) equal.push(key);
    else if (ops.some((op) => RANGE_OPS.includes(op))) range.push(key);
    else if (typeof value.$regex === 'string' && value.$regex.startsWith('^')) range.push(key);
  }
}

function list(fields: readonly string[]): string {
  return fields.length === 1 ? fields[0]! : `${fields.slice(0, -1).join(', ')} and ${fields[fields.length - 1]}`;
}
