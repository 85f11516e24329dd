/**
 * One view of every type, schema.org and custom alike: nodes, parents, children, ancestors
 * and subtype tests. Custom types hang under the schema.org (or custom) type they extend, so
 * a range `Organization` accepts a custom subtype of `Organization` too.
 */
import type { CustomTypeDefinition } from '../../shared/vocab/custom-type';
import type { SchemaGraph } from './schema-graph';

/** A type as the Vocabulary sees it, whatever its source. */
export interface TypeNode {
  name: string;
  kind: 'type' | 'enumeration' | 'dataType';
  source: 'schema.org' | 'custom';
  parents: readonly string[];
  layer: string;
  description: string;
  supersededBy?: readonly string[];
}

/** The layer of custom types. */
export const CUSTOM_LAYER = 'custom';

/** Types by name with hierarchy queries; caches are dropped whenever custom types change. */
export class TypeIndex {
  private readonly custom = new Map<string, CustomTypeDefinition>();
  private readonly customChildren = new Map<string, string[]>();
  private ancestorCache = new Map<string, readonly string[]>();
  private descendantCache = new Map<string, number>();

  constructor(private readonly graph: SchemaGraph) {}

  /** A type by name, or undefined. */
  node(name: string): TypeNode | undefined {
    const def = this.custom.get(name);
    if (def) return { name, kind: 'type', source: 'custom', parents: [def.extends], layer: CUSTOM_LAYER, description: def.description };
    const t = this.graph.types.get(name);
    if (!t) return undefined;
    const node: TypeNode = { name, kind: t.kind, source: 'schema.org', parents: t.parents, layer: t.layer, description: t.comment };
    if (t.supersededBy) node.supersededBy = t.supersededBy;
    return node;
  }

  /** Every type name: schema.org first, then custom. */
  *names(): IterableIterator<string> {
    yield* this.graph.types.keys();
    yield* this.custom.keys();
  }

  /** The custom definition of a type, if it is custom. */
  customDefinition(name: string): CustomTypeDefinition | undefined {
    return this.custom.get(name);
  }

  /** Every custom definition, in registration order. */
  customDefinitions(): CustomTypeDefinition[] {
    return [...this.custom.values()];
  }

  /** Adds or replaces a custom type (already checked by the caller); a replacement under the same parent keeps its place in lists. */
  setCustom(def: CustomTypeDefinition): void {
    if (this.custom.get(def.name)?.extends === def.extends) {
      this.custom.set(def.name, def);
      this.invalidate();
      return;
    }
    this.deleteCustom(def.name);
    this.custom.set(def.name, def);
    const siblings = this.customChildren.get(def.extends);
    if (siblings) siblings.push(def.name);
    else this.customChildren.set(def.extends, [def.name]);
    this.invalidate();
  }

  /** Removes a custom type; true when there was one. */
  deleteCustom(name: string): boolean {
    const def = this.custom.get(name);
    if (!def) return false;
    this.custom.delete(name);
    const siblings = this.customChildren.get(def.extends) ?? [];
    siblings.splice(siblings.indexOf(name), 1);
    this.invalidate();
    return true;
  }

  /** Direct subtypes. */
  children(name: string): string[] {
    return [...this.graph.children(name), ...(this.customChildren.get(name) ?? [])];
  }

  /** Every supertype, nearest first (breadth-first, so with several parents each level comes before the next). */
  ancestors(name: string): readonly string[] {
    const cached = this.ancestorCache.get(name);
    if (cached) return cached;
    const seen = new Set<string>();
    let frontier = [...(this.node(name)?.parents ?? [])];
    while (frontier.length) {
      const next: string[] = [];
      for (const p of frontier) {
        if (seen.has(p) || p === name) continue;
        seen.add(p);
        next.push(...(this.node(p)?.parents ?? []));
      }
      frontier = next;
    }
    const list = [...seen];
    this.ancestorCache.set(name, list);
    return list;
  }

  /** True when `name` is `ancestor` or a subtype of it. */
  isSubtypeOf(name: string, ancestor: string): boolean {
    return name === ancestor || this.ancestors(name).includes(ancestor);
  }

  /** Every subtype, transitively (each once, even where several parents meet). */
  descendants(name: string): string[] {
    const seen = new Set<string>();
    const stack = [...this.children(name)];
    while (stack.length) {
      const t = stack.pop() as string;
      if (seen.has(t)) continue;
      seen.add(t);
      stack.push(...this.children(t));
    }
    return [...seen];
  }

  /** How many distinct subtypes a type has, transitively (cached for the hierarchy view). */
  descendantCount(name: string): number {
    let n = this.descendantCache.get(name);
    if (n === undefined) {
      n = this.descendants(name).length;
      this.descendantCache.set(name, n);
    }
    return n;
  }

  private invalidate(): void {
    this.ancestorCache = new Map();
    this.descendantCache = new Map();
  }
}
