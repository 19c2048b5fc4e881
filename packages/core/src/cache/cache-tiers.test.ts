import { describe, expect, it } from 'vitest';
import type { SynthesisEvent } from '../pipeline/synthesis-events';
import { createSynthesizer } from '../pipeline/synthesizer';
import type { CacheStoreV1 } from '../spec/v1/cache-store-v1';
import { MockEngine } from '../test-kit/mock-engine';
import { createMemoryCache } from './memory-cache';

/** A memory store under another name that counts calls and can be broken or stalled. */
function tier(name: string) {
  const inner = createMemoryCache();
  const counts = { get: 0, set: 0 };
  const control = { failing: false, stalled: false };
  const gate = async () => {
    if (control.stalled) await new Promise(() => {});
    if (control.failing) throw new Error(`${name} is down`);
  };
  const store: CacheStoreV1 = {
    specificationVersion: 'v1',
    name,
    async get(key) {
      counts.get++;
      await gate();
      return inner.get(key);
    },
    async set(key, entry, options) {
      counts.set++;
      await gate();
      return inner.set(key, entry, options);
    },
    has: (key) => inner.has(key),
    delete: (key) => inner.delete(key),
  };
  return { store, inner, counts, control };
}

describe('cache tiers', () => {
  it('reads through the tiers in order, promotes a hit upward and writes through', async () => {
    const fast = tier('redis');
    const slow = tier('s3');
    const engine = new MockEngine();
    const first = createSynthesizer({ engine, cache: [fast.store, slow.store] });
    const written = await first.synthesize({ text: 'Tiered hello' });
    expect(await fast.inner.has(written.key)).toBe(true);
    expect(await slow.inner.has(written.key)).toBe(true);
    await fast.inner.delete(written.key);
    const events: SynthesisEvent[] = [];
    const second = createSynthesizer({
      engine,
      cache: [fast.store, slow.store],
      onEvent: (event) => events.push(event),
    });
    const hit = await second.synthesize({ text: 'Tiered hello' });
    expect(hit.cached).toBe(true);
    expect(engine.calls).toHaveLength(1);
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'cache-hit', store: 's3' }),
    );
    expect(await fast.inner.has(written.key)).toBe(true);
    expect(Buffer.from(hit.audio).equals(Buffer.from(written.audio))).toBe(true);
    expect(second.stats().cacheTiers.map((entry) => entry.name)).toEqual([
      'memory',
      'redis',
      's3',
    ]);
  });

  it('skips a failing tier after a few failures and uses it again once it recovers', async () => {
    const redis = tier('redis');
    const events: SynthesisEvent[] = [];
    let clock = 1_000_000;
    const tts = createSynthesizer({
      engine: new MockEngine(),
      memoryCache: false,
      cache: redis.store,
      cacheCircuitBreaker: { failureThreshold: 2, cooldownMs: 30_000 },
      onEvent: (event) => events.push(event),
      _internal: { now: () => clock },
    });
    redis.control.failing = true;
    for (let index = 0; index < 6; index++) {
      const result = await tts.synthesize({ text: `Down ${index}` });
      expect(result.audio.byteLength).toBeGreaterThan(0);
    }
    // get + set of the first request fail, then the circuit opens: the store is not called again
    expect(redis.counts.get + redis.counts.set).toBe(2);
    expect(tts.stats().cacheTiers[0]).toMatchObject({ name: 'redis', state: 'open' });
    expect(events.filter((event) => event.type === 'cache-circuit')).toEqual([
      expect.objectContaining({ store: 'redis', state: 'open' }),
    ]);
    redis.control.failing = false;
    clock += 30_000;
    await tts.synthesize({ text: 'Back up' });
    expect(tts.stats().cacheTiers[0]?.state).toBe('closed');
    expect(events.filter((event) => event.type === 'cache-circuit').at(-1)).toMatchObject(
      {
        state: 'closed',
      },
    );
    expect((await tts.synthesize({ text: 'Back up' })).cached).toBe(true);
  });

  it('treats a stalled tier as a miss after the timeout', async () => {
    const stalled = tier('stalled');
    stalled.control.stalled = true;
    const tts = createSynthesizer({
      engine: new MockEngine(),
      memoryCache: false,
      cache: stalled.store,
      cacheTimeoutMs: 20,
    });
    const result = await tts.synthesize({ text: 'Never mind the cache' });
    expect(result.cached).toBe(false);
    expect(
      result.warnings.filter((warning) => warning.type === 'cache-error'),
    ).toHaveLength(2);
  });

  it('never caches a failed synthesis', async () => {
    const redis = tier('redis');
    const engine = new MockEngine({
      doSynthesize: async () => {
        throw new Error('engine down');
      },
    });
    const tts = createSynthesizer({
      engine,
      cache: redis.store,
      retry: { maxRetries: 0 },
    });
    await expect(tts.synthesize({ text: 'Nothing to store' })).rejects.toThrow();
    expect(redis.counts.set).toBe(0);
  });
});
