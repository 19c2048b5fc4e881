import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../spec/errors/invalid-argument-error';
import { createMemoryCache } from './memory-cache';

const entryOf = (bytes: number) => ({ data: new Uint8Array(bytes), metadata: {} });

describe('createMemoryCache', () => {
  it('keeps no entry above maxEntryBytes, an eighth of the budget by default', async () => {
    const cache = createMemoryCache({ maxBytes: 8_000 });
    await cache.set('small', entryOf(900));
    await cache.set('large', entryOf(1_001));
    expect(await cache.has('small')).toBe(true);
    expect(await cache.has('large')).toBe(false);
    const roomy = createMemoryCache({ maxBytes: 8_000, maxEntryBytes: 4_000 });
    await roomy.set('large', entryOf(1_001));
    expect(await roomy.has('large')).toBe(true);
    expect(() => createMemoryCache({ maxEntryBytes: 0 })).toThrow(InvalidArgumentError);
  });

  it('evicts the least recently used entries to stay within its budget', async () => {
    const cache = createMemoryCache({ maxBytes: 3_000, maxEntryBytes: 3_000 });
    await cache.set('a', entryOf(1_000));
    await cache.set('b', entryOf(1_000));
    await cache.get('a');
    await cache.set('c', entryOf(1_000));
    expect(await cache.has('b')).toBe(false);
    expect(await cache.has('a')).toBe(true);
    expect(await cache.has('c')).toBe(true);
    expect(cache.bytes).toBeLessThanOrEqual(3_000);
  });
});
