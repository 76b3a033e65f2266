import { describe, expect, it } from 'vitest';
import { ByteLru } from './byte-lru.js';

const value = (bytes: number) => ({ bytes });

describe('ByteLru', () => {
  it('evicts the least recently used values once the bytes exceed the cap', () => {
    const lru = new ByteLru<{ bytes: number }>(100);
    lru.set('a', value(39));
    lru.set('b', value(39));
    lru.get('a'); // a is now the most recently used
    lru.set('c', value(39));
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBeDefined();
    expect(lru.get('c')).toBeDefined();
    expect(lru.bytes).toBe(80);
  });

  it('skips a value larger than the whole cap and counts a replaced value once', () => {
    const lru = new ByteLru<{ bytes: number }>(100);
    lru.set('big', value(200));
    expect(lru.size).toBe(0);
    lru.set('a', value(10));
    lru.set('a', value(20));
    expect(lru.size).toBe(1);
    expect(lru.bytes).toBe(21);
    lru.clear();
    expect(lru.bytes).toBe(0);
  });
});
