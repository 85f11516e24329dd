/**
 * Stages evaluated in the main process: whatever follows the part of a pipeline compiled to
 * SQL. Each function takes documents and returns new ones; inputs are never mutated.
 */
import { newAccumulator, type AccumulatorState } from './accumulate';
import { compareValues, sortValue } from './compare';
import { evaluate } from './expressions';
import { matches } from './match-js';
import { resolvePath, setPath, unsetPath } from './paths';
import type { Stage } from './stages';

/** A document flowing through a pipeline. */
export type Doc = Record<string, unknown>;

/** Runs one stage. */
export function runStage(stage: Stage, docs: readonly Doc[]): Doc[] {
  switch (stage.kind) {
    case 'match':
      return docs.filter((d) => matches(stage.node, d));
    case 'group':
      return group(stage, docs);
    case 'sort':
      return sort(stage, docs);
    case 'project':
      return docs.map((d) => project(stage, d));
    case 'limit':
      return docs.slice(0, stage.n);
    case 'skip':
      return docs.slice(stage.n);
    case 'unwind':
      return docs.flatMap((d) => unwind(stage, d));
  }
}

function group(stage: Extract<Stage, { kind: 'group' }>, docs: readonly Doc[]): Doc[] {
  const groups = new Map<string, { id: unknown; states: AccumulatorState[] }>();
  for (const doc of docs) {
    const id = evaluate(stage.id, doc) ?? null;
    const key = JSON.stringify(id);
    let entry = groups.get(key);
    if (!entry) {
      entry = { id, states: stage.accumulators.map((a) => newAccumulator(a.op)) };
      groups.set(key, entry);
    }
    stage.accumulators.forEach((a, i) => entry.states[i]!.add(evaluate(a.expr, doc)));
  }
  return [...groups.values()].map(({ id, states }) => {
    const out: Doc = { _id: id };
    stage.accumulators.forEach((a, i) => (out[a.name] = states[i]!.result()));
    return out;
  });
}

function sort(stage: Extract<Stage, { kind: 'sort' }>, docs: readonly Doc[]): Doc[] {
  const keyed = docs.map((doc, index) => ({ doc, index, keys: stage.keys.map((k) => sortValue(resolvePath(doc, k.path), k.dir)) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < stage.keys.length; i++) {
      const c = compareValues(a.keys[i], b.keys[i]) * stage.keys[i]!.dir;
      if (c !== 0) return c;
    }
    return a.index - b.index;
  });
  return keyed.map((k) => k.doc);
}

function project(stage: Extract<Stage, { kind: 'project' }>, doc: Doc): Doc {
  if (stage.exclusion) {
    const out = structuredClone(doc);
    for (const f of stage.fields) unsetPath(out, f.path);
    if (!stage.keepId) delete out._id;
    return out;
  }
  const out: Doc = {};
  if (stage.keepId && doc._id !== undefined) out._id = doc._id;
  for (const f of stage.fields) {
    const value = f.mode === 'compute' ? evaluate(f.expr, doc) : resolvePath(doc, f.path);
    if (value !== undefined) setPath(out, f.path, f.mode === 'compute' ? value : structuredClone(value));
  }
  return out;
}

function unwind(stage: Extract<Stage, { kind: 'unwind' }>, doc: Doc): Doc[] {
  const value = resolvePath(doc, stage.path);
  const withIndex = (d: Doc, index: number | null): Doc => {
    if (stage.indexField) setPath(d, stage.indexField, index);
    return d;
  };
  if (Array.isArray(value) && value.length > 0) {
    return value.map((item, i) => {
      const copy = structuredClone(doc);
      setPath(copy, stage.path, structuredClone(item));
      return withIndex(copy, i);
    });
  }
  if (!stage.preserve) return value === undefined || value === null || Array.isArray(value) ? [] : [withIndex(structuredClone(doc), null)];
  const copy = structuredClone(doc);
  if (Array.isArray(value)) unsetPath(copy, stage.path);
  return [withIndex(copy, null)];
}
