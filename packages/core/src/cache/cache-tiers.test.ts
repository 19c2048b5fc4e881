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
  const control = { failing: false, stalled: false, writeDelayMs: 0 };
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
      if (control.writeDelayMs > 0)
        await new Promise((resolve) => setTimeout(resolve, control.writeDelayMs));
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

  it('gives a large write more time than a small one (250 ms per MiB)', async () => {
    const s3 = tier('s3');
    s3.control.writeDelayMs = 300;
    const bytes = { small: 1_000, large: 2 * 1_048_576 };
    const engine = new MockEngine({
      doSynthesize: async (options) => {
        const result = await new MockEngine().doSynthesize(options);
        const samples = new Int16Array(
          options.input.startsWith('large') ? bytes.large / 2 : 500,
        );
        return {
          ...result,
          audio: { type: 'pcm' as const, samples, sampleRate: 16_000 },
        };
      },
    });
    const tts = createSynthesizer({
      engine,
      memoryCache: false,
      cache: s3.store,
      cacheTimeoutMs: 200,
    });
    const small = await tts.synthesize({ text: 'small entry', format: 'pcm' });
    const large = await tts.synthesize({ text: 'large entry', format: 'pcm' });
    const setErrors = (result: typeof small) =>
      result.warnings.filter(
        (warning) => warning.type === 'cache-error' && warning.operation === 'set',
      );
    expect(setErrors(small)).toHaveLength(1); // 300 ms against 200 ms
    expect(setErrors(large)).toEqual([]); // 300 ms against 200 + 2 × 250 ms
    expect(await s3.inner.has(large.key)).toBe(true);
  });

  it('says in the result when a write was skipped because the tier is switched off', async () => {
    const redis = tier('redis');
    const tts = createSynthesizer({
      engine: new MockEngine(),
      memoryCache: false,
      cache: redis.store,
      cacheCircuitBreaker: { failureThreshold: 1, cooldownMs: 60_000 },
    });
    redis.control.failing = true;
    await tts.synthesize({ text: 'Opens the circuit' });
    const skipped = await tts.synthesize({ text: 'Written nowhere' });
    expect(redis.counts.set).toBe(0); // the failed read opened the circuit: no write reached it
    expect(skipped.warnings).toContainEqual(
      expect.objectContaining({
        type: 'cache-error',
        store: 'redis',
        operation: 'set',
        message: expect.stringContaining('circuit open'),
      }),
    );
  });
});
