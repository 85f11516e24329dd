/**
 * Descriptors fetched once per type and kept for the session. Schema building is synchronous,
 * so forms `ensure` the descriptors they need before validating and read them through the
 * cache as a `DescriptorLookup`.
 */
import type { DescriptorLookup, TypeDescriptor } from '../../shared/vocab/descriptor';
import type { VocabSource } from './vocab-source';

/** A session cache of descriptors over a vocabulary source. */
export class DescriptorCache implements DescriptorLookup {
  private readonly loaded = new Map<string, TypeDescriptor>();
  private readonly pending = new Map<string, Promise<TypeDescriptor>>();
  private readonly subtypeLists = new Map<string, Promise<string[]>>();

  constructor(private readonly source: VocabSource) {}

  /** The descriptor if it is loaded. */
  descriptor(type: string): TypeDescriptor | undefined {
    return this.loaded.get(type);
  }

  /** Keeps a descriptor fetched elsewhere (at start-up), so the first render finds it. */
  prime(descriptor: TypeDescriptor): void {
    if (!this.loaded.has(descriptor.name)) this.loaded.set(descriptor.name, descriptor);
  }

  /** Loads a descriptor (once). */
  load(type: string): Promise<TypeDescriptor> {
    const done = this.loaded.get(type);
    if (done) return Promise.resolve(done);
    let request = this.pending.get(type);
    if (!request) {
      request = this.source.type(type).then(
        (d) => {
          this.loaded.set(type, d);
          this.pending.delete(type);
          return d;
        },
        (error: unknown) => {
          this.pending.delete(type);
          throw error;
        },
      );
      this.pending.set(type, request);
    }
    return request;
  }

  /**
   * Loads a type and, walking its value, every type the value embeds (named by `$type`, or
   * implied by a property's single entity range), so validation never meets an unknown type.
   */
  async ensure(type: string, value?: unknown): Promise<TypeDescriptor> {
    const descriptor = await this.load(type);
    if (!value || typeof value !== 'object' || Array.isArray(value)) return descriptor;
    const nested: Promise<unknown>[] = [];
    for (const property of descriptor.properties) {
      const entityRanges = property.ranges.filter((r) => r.kind === 'entity');
      if (entityRanges.length === 0) continue;
      const items = ([] as unknown[]).concat((value as Record<string, unknown>)[property.name] ?? []);
      for (const item of items) {
        if (!item || typeof item !== 'object' || Array.isArray(item)) continue;
        const named = (item as Record<string, unknown>).$type;
        const itemType = typeof named === 'string' ? named : entityRanges.length === 1 ? entityRanges[0]?.type : undefined;
        if (itemType) nested.push(this.ensure(itemType, item).catch(() => undefined));
      }
    }
    await Promise.all(nested);
    return descriptor;
  }

  /** Forgets everything loaded: a custom type changed, and with it possibly its subtypes and the types naming it. */
  clear(): void {
    this.loaded.clear();
    this.pending.clear();
    this.subtypeLists.clear();
  }

  /** The subtypes of a type (cached). */
  subtypes(type: string): Promise<string[]> {
    let list = this.subtypeLists.get(type);
    if (!list) {
      list = this.source.subtypes(type).catch(() => []);
      this.subtypeLists.set(type, list);
    }
    return list;
  }
}
