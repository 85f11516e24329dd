/**
 * The read cache of collections whose settings enable it (`cache: { enabled, ttl,
 * invalidateOn }`), plus the manual `cache.get/set/delete` API. Correctness first: every write
 * to a type drops that type's cached reads (and those of types that name it in `invalidateOn`)
 * inside the write's transaction and again after commit, and a read that was under way while
 * a write happened is not stored, so a read after a write never sees stale data.
 */
import type { CacheSetting } from '../../../shared/governance/collection-settings';
import { LruCache, type CacheStats } from './lru-cache';

/** Hits and misses per cached type and for the manual cache. */
export interface ReadCacheStats {
  types: Record<string, CacheStats>;
  manual: CacheStats;
}

/** The per-type read caches and the manual cache. */
export class ReadCache {
  private readonly caches = new Map<string, { cache: LruCache<unknown>; setting: CacheSetting }>();
  private readonly generations = new Map<string, number>();
  /** The reference document's `cache.get/set/delete`: values kept until their TTL or eviction. */
  readonly manual = new LruCache<unknown>(10_000, 3_600_000);

  constructor(private readonly settingOf: (type: string) => CacheSetting | undefined) {}

  private cacheOf(type: string): LruCache<unknown> | undefined {
    const setting = this.settingOf(type);
    if (!setting?.enabled) return undefined;
    const known = this.caches.get(type);
    if (known && known.setting === setting) return known.cache;
    const cache = new LruCache<unknown>(setting.maxEntries, setting.ttl * 1000);
    this.caches.set(type, { cache, setting });
    return cache;
  }

  /** A read of `type` through the cache: `load` runs on a miss, and its answer is kept unless a write came in meanwhile. */
  async read<T>(type: string, key: string, load: () => Promise<T>): Promise<T> {
    const cache = this.cacheOf(type);
    if (!cache) return load();
    const hit = cache.get(key);
    if (hit !== undefined) return structuredClone(hit) as T;
    const generation = this.generations.get(type) ?? 0;
    const value = await load();
    if ((this.generations.get(type) ?? 0) === generation && value !== undefined) cache.set(key, structuredClone(value));
    return value;
  }

  /** Drops the cached reads a write to `type` may have changed. */
  invalidate(type: string): void {
    this.bump(type);
    for (const [other, { setting }] of this.caches) if (setting.invalidateOn.includes(type)) this.bump(other);
  }

  private bump(type: string): void {
    this.generations.set(type, (this.generations.get(type) ?? 0) + 1);
    this.caches.get(type)?.cache.clear();
  }

  /** The reference document's `cache.get(key)`: a value set by hand, or undefined. */
  get(key: string): unknown {
    return this.manual.get(key);
  }

  /** The reference document's `cache.set(key, value, ttlSeconds?)`. */
  set(key: string, value: unknown, ttlSeconds?: number): void {
    this.manual.set(key, value, ttlSeconds === undefined ? {} : { ttlMs: ttlSeconds * 1000 });
  }

  /** The reference document's `cache.delete(key)`; true when the key was there. */
  delete(key: string): boolean {
    return this.manual.delete(key);
  }

  /** Drops everything (after a migration or a settings change). */
  clear(): void {
    for (const type of this.caches.keys()) this.bump(type);
  }

  /** Hits, misses and sizes. */
  statistics(): ReadCacheStats {
    const types: Record<string, CacheStats> = {};
    for (const [type, { cache }] of this.caches) types[type] = cache.statistics();
    return { types, manual: this.manual.statistics() };
  }
}
