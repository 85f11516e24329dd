/**
 * The record of which JSON kinds each type's documents have held at each path (see
 * electron/query/shape.ts for why the compiler wants it). Kept in memory, persisted in
 * `entity_shapes`, reloaded when another connection changed it. It only grows.
 */
import type Database from 'better-sqlite3';
import type { Kind } from '../query/dialect';
import type { Kinds, TypeShape } from '../query/shape';
import { kindOf } from './doc-walk';

/** Deepest path recorded; anything below is "any kind". */
const MAX_DEPTH = 12;
/** Most paths recorded per type; beyond, the type's shape is "any kind everywhere". */
const MAX_PATHS = 2000;
/** The marker kind for "not tracked below this path". */
const OPAQUE = '*';
/** Property names the compiler can address; other keys can never be queried, so they are skipped. */
const SEGMENT = /^[A-Za-z_][A-Za-z0-9_-]{0,99}$/;

type PathKinds = Map<string, Set<string>>;

/**
 * One recorded path in a tree that mirrors documents, so a walk follows child maps instead
 * of building and hashing a dotted string per value: bulk writes observe every entity.
 * Its `kinds` is the very set the flat per-path map holds.
 */
interface PathNode {
  readonly path: string;
  readonly kinds: Set<string>;
  readonly children: Map<string, PathNode>;
  /** The `path[]` record of array elements. */
  element: PathNode | null;
}

/** What one walk needs: the type's records and where new kinds are queued. */
interface Walk {
  readonly type: string;
  readonly paths: PathKinds;
  readonly pending: Array<[string, string, string]>;
  /** Set when the path budget ran out: the type is then "any kind everywhere". */
  opaque: boolean;
}

/** Records and answers the kinds seen per type and path. */
export class ShapeRegistry {
  private readonly types = new Map<string, PathKinds>();
  private readonly trees = new Map<string, Map<string, PathNode>>();
  private pending: Array<[string, string, string]> = [];
  /** Bumped whenever something new is learned, so compiled statements can be invalidated. */
  epoch = 0;

  /** Learns a document's kinds; true when anything was new. */
  observe(type: string, doc: Record<string, unknown>): boolean {
    let paths = this.types.get(type);
    if (!paths) this.types.set(type, (paths = new Map()));
    if (paths.has(OPAQUE)) return false;
    let root = this.trees.get(type);
    if (!root) this.trees.set(type, (root = new Map()));
    const before = this.pending.length;
    const walk: Walk = { type, paths, pending: this.pending, opaque: false };
    visitObject(walk, doc, root, '', 0);
    if (walk.opaque) {
      paths.set(OPAQUE, new Set([OPAQUE]));
      this.pending.push([type, OPAQUE, OPAQUE]);
    }
    if (this.pending.length > before) this.epoch += 1;
    return this.pending.length > before;
  }

  /** Writes what was learned since the last call (inside the caller's transaction). */
  persistNew(db: Database.Database): void {
    if (this.pending.length === 0) return;
    const insert = db.prepare('INSERT OR IGNORE INTO entity_shapes(type, path, kind) VALUES (?, ?, ?)');
    for (const row of this.pending) insert.run(...row);
    this.pending = [];
  }

  /** Replaces the in-memory record with the table's. */
  load(db: Database.Database): void {
    this.types.clear();
    this.trees.clear();
    this.pending = [];
    for (const row of db.prepare('SELECT type, path, kind FROM entity_shapes').iterate() as Iterable<{ type: string; path: string; kind: string }>) {
      let paths = this.types.get(row.type);
      if (!paths) this.types.set(row.type, (paths = new Map()));
      let kinds = paths.get(row.path);
      if (!kinds) paths.set(row.path, (kinds = new Set()));
      kinds.add(row.kind);
    }
    this.epoch += 1;
  }

  /** The compiler's view of one type. */
  shapeOf(type: string): TypeShape {
    const paths = this.types.get(type);
    return {
      kinds: (path: string): Kinds => {
        if (!paths) return EMPTY;
        if (paths.has(OPAQUE)) return 'any';
        // A prefix recorded as opaque (too deep) means anything may sit below it.
        const bare = path.endsWith('[]') ? path.slice(0, -2) : path;
        const parts = bare.split('.');
        for (let i = 1; i <= parts.length; i += 1) {
          if (paths.get(parts.slice(0, i).join('.'))?.has(OPAQUE)) return 'any';
        }
        const kinds = paths.get(path);
        if (!kinds) return EMPTY;
        return kinds.has(OPAQUE) ? 'any' : (kinds as Set<Kind>);
      },
    };
  }
}

const EMPTY: ReadonlySet<Kind> = new Set();

function visitObject(walk: Walk, obj: Record<string, unknown>, children: Map<string, PathNode>, prefix: string, depth: number): void {
  for (const key in obj) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) continue;
    let child = children.get(key);
    if (!child) {
      if (!SEGMENT.test(key)) continue;
      const made = pathNode(walk, prefix === '' ? key : `${prefix}.${key}`);
      if (!made) return;
      children.set(key, (child = made));
    }
    if (depth >= MAX_DEPTH) record(walk, child, OPAQUE);
    else visitValue(walk, obj[key], child, depth + 1);
    if (walk.opaque) return;
  }
}

function visitValue(walk: Walk, value: unknown, at: PathNode, depth: number): void {
  const kind = kindOf(value);
  record(walk, at, kind);
  if (kind === 'object') visitObject(walk, value as Record<string, unknown>, at.children, at.path, depth);
  else if (kind === 'array') {
    for (const el of value as unknown[]) {
      if (!at.element) {
        const made = pathNode(walk, `${at.path}[]`);
        if (!made) return;
        at.element = made;
      }
      const elKind = kindOf(el);
      record(walk, at.element, elKind);
      // Object elements continue the path; arrays inside arrays are not entered by paths.
      if (elKind === 'object') visitObject(walk, el as Record<string, unknown>, at.children, at.path, depth);
      if (walk.opaque) return;
    }
  }
}

/** The node of a path, sharing the flat map's kinds; null (and `opaque`) when over the path budget. */
function pathNode(walk: Walk, path: string): PathNode | null {
  let kinds = walk.paths.get(path);
  if (!kinds) {
    if (walk.paths.size >= MAX_PATHS) {
      walk.opaque = true;
      return null;
    }
    walk.paths.set(path, (kinds = new Set()));
  }
  return { path, kinds, children: new Map(), element: null };
}

function record(walk: Walk, at: PathNode, kind: string): void {
  if (at.kinds.has(kind)) return;
  at.kinds.add(kind);
  walk.pending.push([walk.type, at.path, kind]);
}
