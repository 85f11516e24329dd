/**
 * Entities to JSON-LD nodes compacted with the schema.org context: `$id` becomes `@id`,
 * `$type` becomes `@type`, embedded entities become nested nodes and references become
 * `{ "@id" }` nodes. The store's bookkeeping (`$version`, timestamps) is not schema.org data
 * and is left out. `jsonld-to-entity.ts` reads the result back to the same entities.
 */
import type { DescriptorLookup, TypeDescriptor } from '../../shared/vocab/descriptor';
import { isPlainObject } from './import-row';

/** A property whose every range is an entity type: its string values are `$id` references. */
function referenceProperties(descriptor: TypeDescriptor | undefined): ReadonlySet<string> {
  if (!descriptor) return new Set();
  return new Set(descriptor.properties.filter((p) => p.ranges.length > 0 && p.ranges.every((r) => r.kind === 'entity')).map((p) => p.name));
}

/** Converts entities of many types, caching what it learns about each type. */
export class JsonLdWriter {
  private readonly references = new Map<string, ReadonlySet<string>>();

  constructor(private readonly lookup?: DescriptorLookup) {}

  /** An entity (or an embedded one) as a compacted node. */
  node(entity: Record<string, unknown>): Record<string, unknown> {
    const type = typeof entity.$type === 'string' ? entity.$type : undefined;
    const refs = type ? this.referencesOf(type) : new Set<string>();
    const out: Record<string, unknown> = {};
    if (typeof entity.$id === 'string') out['@id'] = entity.$id;
    if (type) out['@type'] = type;
    for (const [key, value] of Object.entries(entity)) {
      if (key.startsWith('$') || value === undefined) continue;
      out[key] = this.value(value, refs.has(key));
    }
    return out;
  }

  private value(value: unknown, isReference: boolean): unknown {
    if (Array.isArray(value)) return value.map((v) => this.value(v, isReference));
    if (typeof value === 'string' && isReference) return { '@id': value };
    if (isPlainObject(value)) return this.node(value);
    return value;
  }

  private referencesOf(type: string): ReadonlySet<string> {
    let refs = this.references.get(type);
    if (!refs) {
      refs = referenceProperties(this.lookup?.descriptor(type));
      this.references.set(type, refs);
    }
    return refs;
  }
}
