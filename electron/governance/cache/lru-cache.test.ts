import { describe, expect, it } from 'vitest';
import { LruCache } from './lru-cache';

describe('LruCache', () => {
  it('evicts the least recently used entry', () => {
    const cache = new LruCache<number>(2, 1000);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1);
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
    expect(cache.statistics()).toEqual({ hits: 3, misses: 1, evictions: 1, size: 2 });
  });

  it('expires entries after their time to live', () => {
    let now = 0;
    const cache = new LruCache<string>(10, 100, () => now);
    cache.set('a', 'x');
    cache.set('b', 'y', { ttlMs: 500 });
    now = 150;
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('b')).toBe('y');
    now = 600;
    expect(cache.has('b')).toBe(false);
  });

  it('drops entries by tag', () => {
    const cache = new LruCache<number>(10, 1000);
    cache.set('get:Person:1', 1, { tags: ['Person'] });
    cache.set('list:Person:{}', 2, { tags: ['Person', 'Organization'] });
    cache.set('get:Order:9', 3, { tags: ['Order'] });
    expect(cache.deleteTagged('Organization')).toBe(1);
    expect(cache.has('get:Person:1')).toBe(true);
    expect(cache.deleteTagged('Person')).toBe(1);
    expect(cache.statistics().size).toBe(1);
  });
});
