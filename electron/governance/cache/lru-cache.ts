/**
 * A least-recently-used cache with a time to live per entry and hit/miss counters. A Map keeps
 * insertion order, so re-inserting on every hit makes its first key the least recently used.
 */

/** Counters of a cache, as the settings screen shows them. */
export interface CacheStats {
  hits: number;
  misses: number;
  size: number;
  evictions: number;
}

interface Slot<V> {
  value: V;
  expiresAt: number;
  tags: readonly string[];
}

/** An LRU cache of at most `maxEntries` values, each fresh for `ttlMs` unless set with its own. */
export class LruCache<V> {
  private readonly slots = new Map<string, Slot<V>>();
  private readonly stats = { hits: 0, misses: 0, evictions: 0 };

  constructor(
    private readonly maxEntries: number,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** The value under `key` if present and fresh (counted as a hit), else undefined (a miss). */
  get(key: string): V | undefined {
    const slot = this.slots.get(key);
    if (!slot || slot.expiresAt <= this.now()) {
      if (slot) this.slots.delete(key);
      this.stats.misses += 1;
      return undefined;
    }
    this.slots.delete(key);
    this.slots.set(key, slot);
    this.stats.hits += 1;
    return slot.value;
  }

  /** True when `key` holds a fresh value; counts nothing. */
  has(key: string): boolean {
    const slot = this.slots.get(key);
    return slot !== undefined && slot.expiresAt > this.now();
  }

  /** Stores a value; `tags` let `deleteTagged` drop related entries together. */
  set(key: string, value: V, options: { ttlMs?: number; tags?: readonly string[] } = {}): void {
    this.slots.delete(key);
    this.slots.set(key, { value, expiresAt: this.now() + (options.ttlMs ?? this.ttlMs), tags: options.tags ?? [] });
    while (this.slots.size > this.maxEntries) {
      const oldest = this.slots.keys().next().value as string;
      this.slots.delete(oldest);
      this.stats.evictions += 1;
    }
  }

  /** Drops one key; true when it was there. */
  delete(key: string): boolean {
    return this.slots.delete(key);
  }

  /** Drops every entry carrying `tag`; returns how many. */
  deleteTagged(tag: string): number {
    let n = 0;
    for (const [key, slot] of this.slots) {
      if (slot.tags.includes(tag)) {
        this.slots.delete(key);
        n += 1;
      }
    }
    return n;
  }

  /** Drops everything (the counters stay). */
  clear(): void {
    this.slots.clear();
  }

  /** Hits, misses, evictions and the current size. */
  statistics(): CacheStats {
    return { ...this.stats, size: this.slots.size };
  }
}
