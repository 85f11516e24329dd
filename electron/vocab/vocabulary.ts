/**
 * The vocabulary of the app: schema.org types, properties and enumerations, the NAICS and
 * O*NET code lists, and custom types registered at run time. A plain Node module (no
 * Electron): the main process, server mode, the CLI and tests all use it.
 *
 * Nothing is read at construction. schema.org is parsed on the first type lookup, NAICS and
 * O*NET on their first use; descriptors and schemas are built per type on first request and
 * cached until custom types change.
 */
import type { z } from 'zod';
import { StudioError, notFound, validationError } from '../../shared/errors';
import type { CustomTypeDefinition, CustomTypeDefinitionInput, TypeExtension, TypeExtensionInput } from '../../shared/vocab/custom-type';
import type { DescriptorLookup, PropertyDescriptor, TypeDescriptor } from '../../shared/vocab/descriptor';
import { EntityValidator, type EntityValidation, type ParsedEntity, type UnknownPolicy } from '../../shared/vocab/descriptor-to-zod';
import { checkCustomType, checkExtension } from './custom-types';
import { dependentsOf, failingChecks } from './custom-dependents';
import { defaultVocabDir, readVocabFile, type NaicsFile, type OnetFile, type SchemaOrgFile } from './data-files';
import { Describer } from './describe';
import { NaicsList } from './naics';
import { OnetList } from './onet';
import { SchemaGraph, type SchemaOrgCounts } from './schema-graph';
import { prepareName, prepareQuery, scoreName, topScored, type Prepared } from './search';
import { TypeIndex, type TypeNode } from './type-index';
import type { EnumerationInfo, PropertyGroup, TypeSearchOptions, TypeSummary, Validated, VocabularyOptions } from './vocabulary-types';

const firstSentence = (text: string): string => {
  const line = text.split('\n')[0] ?? '';
  const end = line.search(/\.(\s|$)/);
  const sentence = end >= 0 ? line.slice(0, end + 1) : line;
  return sentence.length > 200 ? `${sentence.slice(0, 199)}…` : sentence;
};

/** The vocabulary: lazy, in memory, one per process (or per test). */
export class Vocabulary {
  private readonly dataDir: string;
  private graphData?: SchemaGraph;
  private indexData?: TypeIndex;
  private naicsData?: NaicsList;
  private onetData?: OnetList;
  private describer?: Describer;
  private validator?: EntityValidator;
  private readonly descriptors = new Map<string, TypeDescriptor | null>();
  private readonly extensions = new Map<string, TypeExtension>();
  private readonly searchText = new Map<string, Prepared>();

  /** Answers descriptors and code checks to schema building (`shared/vocab/descriptor-to-zod.ts`). */
  readonly lookup: DescriptorLookup = {
    descriptor: (type) => this.describe(type),
    codeExists: (list, code) => (list === 'naics' ? this.naics.has(code) : this.onet.has(code)),
  };

  constructor(options: VocabularyOptions = {}) {
    this.dataDir = options.dataDir ?? defaultVocabDir();
  }

  /** Which files have been read so far (start-up measurements, tests). */
  get loaded(): { schemaOrg: boolean; naics: boolean; onet: boolean } {
    return { schemaOrg: this.graphData !== undefined, naics: this.naicsData !== undefined, onet: this.onetData !== undefined };
  }

  private get graph(): SchemaGraph {
    this.graphData ??= new SchemaGraph(readVocabFile<SchemaOrgFile>(this.dataDir, 'schemaorg.json'));
    return this.graphData;
  }

  private get index(): TypeIndex {
    this.indexData ??= new TypeIndex(this.graph);
    return this.indexData;
  }

  /** NAICS 2022 (read on first use). */
  get naics(): NaicsList {
    this.naicsData ??= new NaicsList(readVocabFile<NaicsFile>(this.dataDir, 'naics.json'));
    return this.naicsData;
  }

  /** O*NET 30.1 occupations (read on first use). */
  get onet(): OnetList {
    this.onetData ??= new OnetList(readVocabFile<OnetFile>(this.dataDir, 'onet.json'));
    return this.onetData;
  }

  /** schema.org counts by schema.org's method, from the loaded data. */
  counts(): SchemaOrgCounts {
    return this.graph.counts();
  }

  /** The schema.org release loaded. */
  version(): string {
    return this.graph.file.about.version;
  }

  /** A type by name (schema.org or custom), or undefined. */
  node(name: string): TypeNode | undefined {
    return this.index.node(name);
  }

  /** True when the type exists. */
  hasType(name: string): boolean {
    return this.index.node(name) !== undefined;
  }

  /** Every type name, optionally of some kinds only. */
  typeNames(kinds?: readonly TypeNode['kind'][]): string[] {
    const all = [...this.index.names()];
    return kinds ? all.filter((n) => kinds.includes(this.index.node(n)?.kind ?? 'type')) : all;
  }

  /** A type for lists and trees. */
  summary(name: string): TypeSummary | undefined {
    const node = this.index.node(name);
    if (!node) return undefined;
    return {
      name,
      kind: node.kind,
      source: node.source,
      layer: node.layer,
      pending: node.layer === 'pending',
      superseded: node.supersededBy !== undefined || node.layer === 'attic',
      summary: firstSentence(node.description),
      childCount: this.index.children(name).length,
      descendantCount: this.index.descendantCount(name),
    };
  }

  /** Types ranked against a query: exact > prefix > word prefix > substring > typo > description. */
  searchTypes(query: string, options: TypeSearchOptions = {}): TypeSummary[] {
    const q = prepareQuery(query);
    const scored = this.typeNames(options.kinds).map((name) => {
      const node = this.index.node(name) as TypeNode;
      let prepared = this.searchText.get(name);
      if (!prepared) {
        prepared = prepareName(name, node.description);
        this.searchText.set(name, prepared);
      }
      let score = scoreName(q, prepared);
      // Retired and superseded types sink below current ones that match as well.
      if (score > 0 && (node.supersededBy || node.layer === 'attic')) score -= 50;
      else if (score > 0 && node.layer === 'pending') score -= 5;
      return { item: name, score };
    });
    return topScored(scored, options.limit ?? 20, (n) => n).map((s) => this.summary(s.item) as TypeSummary);
  }

  /** Direct supertypes. */
  parents(name: string): string[] {
    return [...(this.index.node(name)?.parents ?? [])];
  }

  /** Direct subtypes with their counts. */
  children(name: string): TypeSummary[] {
    return this.index.children(name).map((c) => this.summary(c) as TypeSummary);
  }

  /** Every supertype, nearest first. */
  ancestors(name: string): string[] {
    return [...this.index.ancestors(name)];
  }

  /** Every subtype, transitively: what a range of this type also accepts. */
  subtypes(name: string): string[] {
    return this.index.descendants(name).sort();
  }

  /** True when `name` is `ancestor` or one of its subtypes. */
  isSubtypeOf(name: string, ancestor: string): boolean {
    return this.index.isSubtypeOf(name, ancestor);
  }

  /** The type's descriptor (cached), or undefined for an unknown type. */
  describe(name: string): TypeDescriptor | undefined {
    let d = this.descriptors.get(name);
    if (d === undefined) {
      this.describer ??= new Describer(this.graph, this.index, this.extensions);
      d = this.describer.describe(name) ?? null;
      this.descriptors.set(name, d);
    }
    return d ?? undefined;
  }

  /** The descriptor of a type that must exist (`NOT_FOUND` otherwise). */
  type(name: string): TypeDescriptor {
    const d = this.describe(name);
    if (!d) throw notFound('Type', name);
    return d;
  }

  /** Every property of a type, own and inherited, grouped by the ancestor that declares it. Superseded ones only on request. */
  properties(name: string, options: { includeSuperseded?: boolean } = {}): PropertyGroup[] {
    const d = this.type(name);
    const shown = options.includeSuperseded ? d.properties : d.properties.filter((p) => !p.superseded);
    return d.groups.map((group) => ({ group, properties: shown.filter((p) => p.group === group) })).filter((g) => g.properties.length > 0);
  }

  /** An enumeration and its members, or undefined when the name is no enumeration. */
  enumeration(name: string): EnumerationInfo | undefined {
    const node = this.index.node(name);
    if (node?.kind !== 'enumeration') return undefined;
    const members = (this.describe(name)?.members ?? []).map((m) => {
      const data = this.graph.members.get(m);
      return { name: m, description: data?.comment ?? '', layer: data?.layer ?? 'core', superseded: data?.supersededBy !== undefined || data?.layer === 'attic' };
    });
    return { name, description: node.description, members };
  }

  /**
   * Registers (or replaces) a custom type; it then behaves like a schema.org type everywhere.
   * A replacement that would break another custom type or extension is refused (CONFLICT).
   */
  defineCustomType(input: CustomTypeDefinitionInput): TypeDescriptor {
    const { definition } = this.previewCustomType(input);
    this.index.setCustom(definition);
    this.invalidate();
    return this.type(definition.name);
  }

  /**
   * Checks a definition and describes the type as it would be, without keeping it. Every other
   * custom type and extension is checked again against it (a subtype may override a property
   * the new definition drops, a rule may read it): CONFLICT names the ones it would break.
   */
  previewCustomType(input: CustomTypeDefinitionInput): { definition: CustomTypeDefinition; descriptor: TypeDescriptor } {
    const definition = checkCustomType(input, this.index, (t) => this.propertyNames(t));
    return this.withCustom(definition, () => {
      const broken = failingChecks(definition.name, this.index, this.extensions, (t) => this.propertyNames(t));
      if (broken.length > 0) {
        const why = broken.map((b) => `${b.name} (${b.message})`).join('; ');
        throw new StudioError('CONFLICT', `Changing ${definition.name} would break ${why}`, { details: { name: definition.name, dependents: broken.map((b) => b.name) } });
      }
      return { definition, descriptor: this.type(definition.name) };
    });
  }

  /**
   * Removes a custom type; true when there was one. CONFLICT while another custom type or an
   * extension names it (as parent or range): removing it would leave them dangling.
   */
  removeCustomType(name: string): boolean {
    const dependents = this.customDependents(name);
    if (dependents.length > 0) {
      throw new StudioError('CONFLICT', `${name} is used by ${dependents.join(', ')}; change or remove those first`, { details: { name, dependents } });
    }
    const removed = this.index.deleteCustom(name);
    if (removed) this.invalidate();
    return removed;
  }

  /** The custom types (and extended types) whose definitions name `name` as their parent or in a range. */
  customDependents(name: string): string[] {
    return dependentsOf(name, this.index.customDefinitions(), this.extensions);
  }

  /** Runs `fn` with `definition` registered in place of the current one, then puts the current one back. */
  private withCustom<T>(definition: CustomTypeDefinition, fn: () => T): T {
    const previous = this.index.customDefinition(definition.name);
    this.index.setCustom(definition);
    this.invalidate();
    try {
      return fn();
    } finally {
      if (previous) this.index.setCustom(previous);
      else this.index.deleteCustom(definition.name);
      this.invalidate();
    }
  }

  /** The registered custom type definitions. */
  customTypes(): CustomTypeDefinition[] {
    return this.index.customDefinitions();
  }

  /**
   * Adds properties and business rules to an existing type (replacing its previous extension);
   * its subtypes inherit them. For data schema.org does not model, such as an Order's totals.
   */
  extendType(type: string, input: TypeExtensionInput): TypeDescriptor {
    if (!this.hasType(type)) throw notFound('Type', type);
    const previous = this.extensions.get(type);
    // The new extension is checked against the type without the one it replaces.
    this.extensions.delete(type);
    this.invalidate();
    try {
      this.extensions.set(type, checkExtension(type, input, this.index, (t) => this.propertyNames(t)));
    } catch (error) {
      if (previous) this.extensions.set(type, previous);
      throw error;
    } finally {
      this.invalidate();
    }
    return this.type(type);
  }

  /** The extension registered for a type, if any. */
  extension(type: string): TypeExtension | undefined {
    return this.extensions.get(type);
  }

  private propertyNames(type: string): ReadonlySet<string> {
    return new Set(this.describe(type)?.properties.map((p) => p.name) ?? []);
  }

  /** The zod schema of a type under an unknown-property policy. */
  schema(type: string, policy: UnknownPolicy = 'strict'): z.ZodType<ParsedEntity> {
    this.type(type);
    return this.entityValidator().schema(type, policy);
  }

  /** Validates without throwing. */
  check(type: string, entity: unknown, policy: UnknownPolicy = 'strict'): EntityValidation {
    this.type(type);
    return this.entityValidator().validate(type, entity, policy);
  }

  /** Validates an entity of a type; throws `VALIDATION` with every failing field path. */
  validate(type: string, entity: unknown, policy: UnknownPolicy = 'strict'): Validated {
    const result = this.check(type, entity, policy);
    if (!result.ok) throw validationError(result.issues, `Invalid ${type}`);
    return { value: result.value, warnings: result.warnings };
  }

  private entityValidator(): EntityValidator {
    this.validator ??= new EntityValidator(this.lookup);
    return this.validator;
  }

  private invalidate(): void {
    this.descriptors.clear();
    this.searchText.clear();
    this.describer = undefined;
    this.validator = undefined;
  }
}

