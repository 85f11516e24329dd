/**
 * Builds type descriptors (`shared/vocab/descriptor.ts`) from schema.org data, the app's
 * extensions, custom type definitions and type extensions: every property a type accepts, each in the group of
 * the nearest ancestor that declares it, with ranges resolved to data types, enumeration
 * members or entity types.
 */
import type { CustomProperty, TypeExtension } from '../../shared/vocab/custom-type';
import { DATA_TYPES, type DataTypeName, type PropertyDescriptor, type RangeDescriptor, type TypeDescriptor } from '../../shared/vocab/descriptor';
import type { SchemaGraph } from './schema-graph';
import { EXTENSION_LAYER, EXTENSION_PROPERTIES, PERSON_PII, PII_TYPE, PROPERTY_CONSTRAINTS } from './studio-extensions';
import type { TypeIndex } from './type-index';

const DATA_TYPE_SET: ReadonlySet<string> = new Set(DATA_TYPES);
const toArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Resolves names to ranges and types to descriptors; holds caches valid until custom types change. */
export class Describer {
  private readonly members = new Map<string, string[]>();
  private readonly extensionsByDomain = new Map<string, string[]>();

  constructor(
    private readonly graph: SchemaGraph,
    private readonly index: TypeIndex,
    private readonly extensions: ReadonlyMap<string, TypeExtension>,
  ) {
    for (const [name, ext] of Object.entries(EXTENSION_PROPERTIES)) {
      this.extensionsByDomain.set(ext.domain, [...(this.extensionsByDomain.get(ext.domain) ?? []), name]);
    }
  }

  /** Members of an enumeration and of its sub-enumerations, each once. */
  enumerationMembers(name: string): string[] {
    const cached = this.members.get(name);
    if (cached) return cached;
    const all = new Set<string>(this.graph.directMembers(name));
    for (const sub of this.index.descendants(name)) for (const m of this.graph.directMembers(sub)) all.add(m);
    const list = [...all].sort();
    this.members.set(name, list);
    return list;
  }

  /** The range a type name stands for, or undefined for a name that is no type. */
  range(name: string): RangeDescriptor | undefined {
    if (DATA_TYPE_SET.has(name)) return { kind: 'data', type: name as DataTypeName };
    const node = this.index.node(name);
    if (!node || node.kind === 'dataType') return undefined;
    if (node.kind === 'enumeration') return { kind: 'enumeration', type: name, members: this.enumerationMembers(name) };
    return { kind: 'entity', type: name };
  }

  /** The descriptor of a type, or undefined when there is no such type. */
  describe(name: string): TypeDescriptor | undefined {
    const node = this.index.node(name);
    if (!node) return undefined;
    const ancestors = [...this.index.ancestors(name)];
    const chain = [name, ...ancestors];
    const byName = new Map<string, PropertyDescriptor>();
    // Farthest ancestor first, so a nearer declaration or override replaces a farther one.
    for (const t of [...chain].reverse()) {
      const custom = this.index.customDefinition(t);
      if (custom) {
        for (const [prop, decl] of Object.entries(custom.properties)) byName.set(prop, this.customProperty(prop, decl, t, byName.get(prop)));
      } else {
        for (const prop of this.graph.directProperties(t)) byName.set(prop, this.schemaProperty(prop, t, chain));
        for (const prop of this.extensionsByDomain.get(t) ?? []) byName.set(prop, this.extensionProperty(prop, t));
      }
      for (const [prop, decl] of Object.entries(this.extensions.get(t)?.properties ?? {})) byName.set(prop, this.customProperty(prop, decl, t, byName.get(prop)));
    }
    const groupOrder = new Map(chain.map((t, i) => [t, i]));
    const properties = [...byName.values()].sort((a, b) => (groupOrder.get(a.group) ?? 0) - (groupOrder.get(b.group) ?? 0) || (a.name < b.name ? -1 : 1));
    const groups = chain.filter((t) => properties.some((p) => p.group === t));
    const descriptor: TypeDescriptor = {
      name,
      description: node.description,
      kind: node.kind,
      source: node.source,
      layer: node.layer,
      pending: node.layer === 'pending',
      superseded: node.supersededBy !== undefined || node.layer === 'attic',
      parents: [...node.parents],
      ancestors,
      groups,
      properties,
      rules: chain.flatMap((t) => [...(this.index.customDefinition(t)?.rules ?? []), ...(this.extensions.get(t)?.rules ?? [])]),
    };
    if (node.supersededBy) descriptor.supersededBy = [...node.supersededBy];
    if (node.kind === 'enumeration') descriptor.members = this.enumerationMembers(name);
    return descriptor;
  }

  private ranges(names: readonly string[]): RangeDescriptor[] {
    return names.map((n) => this.range(n)).filter((r): r is RangeDescriptor => r !== undefined);
  }

  private schemaProperty(name: string, group: string, chain: readonly string[]): PropertyDescriptor {
    const p = this.graph.properties.get(name);
    if (!p) throw new Error(`schema.org property ${name} missing from the data`);
    const descriptor: PropertyDescriptor = {
      name,
      description: p.comment,
      group,
      ranges: this.ranges(p.range),
      multiplicity: 'either',
      required: false,
      pii: chain.includes(PII_TYPE) && PERSON_PII.has(name),
      encrypted: false,
      constraints: { ...PROPERTY_CONSTRAINTS[name] },
      pending: p.layer === 'pending',
      superseded: p.supersededBy !== undefined || p.layer === 'attic',
    };
    if (p.supersededBy) descriptor.supersededBy = [...p.supersededBy];
    return descriptor;
  }

  private extensionProperty(name: string, group: string): PropertyDescriptor {
    const ext = EXTENSION_PROPERTIES[name];
    if (!ext) throw new Error(`extension property ${name} is not defined`);
    return {
      name,
      description: `${ext.comment} (Added by Semantic Studio, layer "${EXTENSION_LAYER}".)`,
      group,
      ranges: this.ranges(ext.range),
      multiplicity: 'single',
      required: false,
      pii: false,
      encrypted: false,
      constraints: { ...PROPERTY_CONSTRAINTS[name] },
      pending: false,
      superseded: false,
    };
  }

  /** A custom declaration: a new property, or (without range or enum) new flags on an inherited one. */
  private customProperty(name: string, decl: CustomProperty, group: string, inherited: PropertyDescriptor | undefined): PropertyDescriptor {
    const redeclared = decl.range !== undefined || decl.enum !== undefined;
    const base: PropertyDescriptor = inherited ?? {
      name,
      description: '',
      group,
      ranges: [],
      multiplicity: 'single',
      required: false,
      pii: false,
      encrypted: false,
      constraints: {},
      pending: false,
      superseded: false,
    };
    return {
      ...base,
      group: redeclared || !inherited ? group : base.group,
      description: decl.description ?? base.description,
      ranges: decl.enum ? [{ kind: 'enumeration', members: [...decl.enum] }] : decl.range ? this.ranges(toArray(decl.range)) : base.ranges,
      multiplicity: decl.multiplicity ?? (redeclared ? 'single' : base.multiplicity),
      required: decl.required ?? base.required,
      pii: decl.pii ?? base.pii,
      encrypted: decl.encrypted ?? base.encrypted,
      constraints: { ...base.constraints, ...decl.constraints },
    };
  }
}
