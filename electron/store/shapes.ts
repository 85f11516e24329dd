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

/** Records and answers the kinds seen per type and path. */
export class ShapeRegistry {
  private readonly types = new Map<string, PathKinds>();
  private pending: Array<[string, string, string]> = [];
  /** Bumped whenever something new is learned, so compiled statements can be invalidated. */
  epoch = 0;

  /** Learns a document's kinds; true when anything was new. */
  observe(type: string, doc: Record<string, unknown>): boolean {
    let paths = this.types.get(type);
    if (!paths) this.types.set(type, (paths = new Map()));
    if (paths.has(OPAQUE)) return false;
    const before = this.pending.length;
    const add = (path: string, kind: string): void => {
      let kinds = paths!.get(path);
      if (!kinds) {
        if (paths!.size >= MAX_PATHS) {
          paths!.set(OPAQUE, new Set([OPAQUE]));
          this.pending.push([type, OPAQUE, OPAQUE]);
          return;
        }
        paths!.set(path, (kinds = new Set()));
      }
      if (kinds.has(kind)) return;
      kinds.add(kind);
      this.pending.push([type, path, kind]);
    };
    const visitObject = (obj: Record<string, unknown>, prefix: string, depth: number): void => {
      for (const key of Object.keys(obj)) {
        if (!SEGMENT.test(key)) continue;
        const path = prefix === '' ? key : `${prefix}.${key}`;
        if (depth >= MAX_DEPTH) {
          add(path, OPAQUE);
          continue;
        }
        visitValue(obj[key], path, depth + 1);
      }
    };
    const visitValue = (value: unknown, path: string, depth: number): void => {
      const kind = kindOf(value);
      add(path, kind);
      if (kind === 'object') visitObject(value as Record<string, unknown>, path, depth);
      else if (kind === 'array') {
        for (const el of value as unknown[]) {
          const elKind = kindOf(el);
          add(`${path}[]`, elKind);
          // Object elements continue the path; arrays inside arrays are not entered by paths.
          if (elKind === 'object') visitObject(el as Record<string, unknown>, path, depth);
        }
      }
    };
    visitObject(doc, '', 0);
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
