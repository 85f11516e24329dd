/**
 * `patch` semantics: plain keys replace top-level properties (`undefined` removes one);
 * operators change nested paths: `$set $unset $increment $decrement $push $pull`.
 */
import { validationError } from '../../shared/errors';
import { parsePath } from '../query/identifiers';
import { isPlainObject } from '../query/parse-where';
import { toJson, type Props } from './entity-data';

const OPERATORS = new Set(['$set', '$unset', '$increment', '$decrement', '$push', '$pull']);

/** A new property object: `props` with `changes` applied (`props` is not modified). */
export function applyPatch(props: Props, changes: unknown): Props {
  if (!isPlainObject(changes)) throw validationError([{ path: [], message: 'changes must be an object' }]);
  const out = structuredClone(props);
  for (const [key, arg] of Object.entries(changes)) {
    if (key === '$type' || key === '$id' || key === '$version' || key === '$createdAt' || key === '$updatedAt') continue;
    if (!key.startsWith('$')) {
      if (arg === undefined) delete out[key];
      else if (key === '__proto__') throw validationError([{ path: [key], message: 'is not an allowed property name' }]);
      else out[key] = toJson(arg, [key], 0);
      continue;
    }
    if (!OPERATORS.has(key)) throw validationError([{ path: [key], message: `unknown update operator (use ${[...OPERATORS].join(' ')})` }]);
    const entries: Array<[string, unknown]> = key === '$unset' && Array.isArray(arg) ? arg.map((p) => [String(p), true]) : isPlainObject(arg) ? Object.entries(arg) : [];
    if (entries.length === 0 && !(Array.isArray(arg) || isPlainObject(arg))) throw validationError([{ path: [key], message: 'takes an object of { path: value }' }]);
    for (const [path, value] of entries) applyOperator(out, key, path, value);
  }
  return out;
}

function applyOperator(doc: Props, op: string, path: string, value: unknown): void {
  const at = [op, path];
  let segments: string[];
  try {
    segments = parsePath(path);
  } catch (error) {
    throw validationError([{ path: at, message: (error as Error).message }]);
  }
  const parent = parentOf(doc, segments, op !== '$unset' && op !== '$pull', at);
  if (!parent) return;
  const leaf = segments[segments.length - 1]!;
  const current = Object.prototype.hasOwnProperty.call(parent, leaf) ? parent[leaf] : undefined;
  switch (op) {
    case '$set':
      if (value === undefined) delete parent[leaf];
      else parent[leaf] = toJson(value, segments, 0);
      return;
    case '$unset':
      delete parent[leaf];
      return;
    case '$increment':
    case '$decrement': {
      if (typeof value !== 'number' || !Number.isFinite(value)) throw validationError([{ path: at, message: 'takes a finite number' }]);
      if (current !== undefined && typeof current !== 'number') throw validationError([{ path: segments, message: `is not a number, so ${op} cannot apply` }]);
      parent[leaf] = (current ?? 0) + (op === '$increment' ? value : -value);
      return;
    }
    case '$push': {
      if (current !== undefined && !Array.isArray(current)) throw validationError([{ path: segments, message: 'is not an array, so $push cannot apply' }]);
      const each = isPlainObject(value) && Array.isArray(value.$each) ? value.$each : [value];
      parent[leaf] = [...((current as unknown[] | undefined) ?? []), ...each.map((v, i) => toJson(v, [...segments, i], 0))];
      return;
    }
    case '$pull': {
      if (current === undefined) return;
      if (!Array.isArray(current)) throw validationError([{ path: segments, message: 'is not an array, so $pull cannot apply' }]);
      const gone = JSON.stringify(toJson(value, at, 0));
      parent[leaf] = current.filter((el) => JSON.stringify(el) !== gone);
      return;
    }
  }
}

/** The object holding the last segment; created along the way when `create` is set. */
function parentOf(doc: Props, segments: string[], create: boolean, at: string[]): Props | null {
  let node: Props = doc;
  for (const seg of segments.slice(0, -1)) {
    const next = Object.prototype.hasOwnProperty.call(node, seg) ? node[seg] : undefined;
    if (next === undefined) {
      if (!create) return null;
      node[seg] = {};
      node = node[seg] as Props;
    } else if (isPlainObject(next)) {
      node = next;
    } else {
      throw validationError([{ path: at, message: `"${seg}" is not an object, so the path cannot be followed` }]);
    }
  }
  return node;
}
