/** The schema.org vocabulary as indexed maps: terms by name, and the reverse links the file leaves out. */
import type { MemberData, PropertyData, SchemaOrgFile, TypeData } from './data-files';

/** Counts by schema.org's own method (see the vocabulary README in the shared data). */
export interface SchemaOrgCounts {
  types: number;
  properties: number;
  dataTypes: number;
  enumerations: number;
  enumerationMembers: number;
}

const push = (map: Map<string, string[]>, key: string, value: string): void => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** schema.org types, properties and members with children, properties-by-domain and members-by-enumeration. */
export class SchemaGraph {
  readonly types: ReadonlyMap<string, TypeData>;
  readonly properties: ReadonlyMap<string, PropertyData>;
  readonly members: ReadonlyMap<string, MemberData>;
  private readonly childrenOf = new Map<string, string[]>();
  private readonly propsOf = new Map<string, string[]>();
  private readonly membersOf = new Map<string, string[]>();

  constructor(readonly file: SchemaOrgFile) {
    this.types = new Map(Object.entries(file.types));
    this.properties = new Map(Object.entries(file.properties));
    this.members = new Map(Object.entries(file.members));
    for (const [name, t] of this.types) for (const p of t.parents) push(this.childrenOf, p, name);
    for (const [name, p] of this.properties) for (const d of p.domain) push(this.propsOf, d, name);
    for (const [name, m] of this.members) for (const e of m.of) push(this.membersOf, e, name);
  }

  /** Direct subtypes of a type (file order, which is alphabetical). */
  children(type: string): readonly string[] {
    return this.childrenOf.get(type) ?? [];
  }

  /** Properties whose domain includes the type directly. */
  directProperties(type: string): readonly string[] {
    return this.propsOf.get(type) ?? [];
  }

  /** Direct members of an enumeration. */
  directMembers(type: string): readonly string[] {
    return this.membersOf.get(type) ?? [];
  }

  /** The counts, computed from the loaded data by schema.org's method. */
  counts(): SchemaOrgCounts {
    let types = 0;
    let enumerations = 0;
    let dataTypes = 0;
    for (const [name, t] of this.types) {
      if (t.kind === 'type') types++;
      else if (t.kind === 'enumeration') enumerations++;
      else if (name !== 'DataType') dataTypes++;
    }
    let enumerationMembers = 0;
    for (const m of this.members.values()) {
      if (m.of.some((e) => this.types.get(e)?.kind === 'enumeration')) enumerationMembers++;
      // True and False are instances of Boolean, a data type; schema.org counts them as data types.
      else if (m.of.some((e) => this.types.get(e)?.kind === 'dataType')) dataTypes++;
    }
    return { types, properties: this.properties.size, dataTypes, enumerations, enumerationMembers };
  }
}
