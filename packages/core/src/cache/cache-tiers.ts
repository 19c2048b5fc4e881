import {
  fromCacheEntry,
  type ProducedAudio,
  toCacheEntry,
} from '../pipeline/produced-audio';
import type { SynthesisEvent } from '../pipeline/synthesis-events';
import type { ChunkStore } from '../pipeline/synthesize-chunked';
import type { CacheStoreV1 } from '../spec/v1/cache-store-v1';
import type { Warning } from '../spec/v1/warning';
import type { CircuitBreakerSettings, CircuitState } from './circuit-breaker';
import { type CacheFailure, GuardedCache } from './guarded-cache';
import {
  createMemoryCache,
  type MemoryCache,
  type MemoryCacheOptions,
} from './memory-cache';

/** Collects cache failures of one request as warnings in its result. */
function reportInto(warnings: Warning[]): (failure: CacheFailure) => void {
  return (failure) =>
    warnings.push({
      type: 'cache-error',
      store: failure.store,
      operation: failure.operation,
      message: failure.error.message,
    });
}

/**
 * The synthesizer's caches, fastest first: the in-memory LRU, then each
 * shared store. Reads go through the tiers in order and copy a hit into
 * every faster tier; writes go to all of them. Every tier is guarded
 * (timeout, circuit breaker), so a cache can slow nothing down for long and
 * fail nothing.
 */
export class CacheTiers {
  readonly tiers: GuardedCache[] = [];
  /** Requests' lookups: the hit ratio. */
  readonly requestCounts = { hits: 0, misses: 0 };
  /** Lookups of the chunks of long inputs, counted apart from the requests'. */
  readonly chunkCounts = { hits: 0, misses: 0 };
  private readonly emit: (event: SynthesisEvent) => void;
  private readonly now: () => number;
  private readonly ttlMs: number | undefined;
  private readonly memory: MemoryCache | undefined;

  constructor(options: {
    memoryCache: MemoryCacheOptions | false | undefined;
    cache: CacheStoreV1 | readonly CacheStoreV1[] | undefined;
    timeoutMs: number;
    ttlMs: number | undefined;
    circuitBreaker: CircuitBreakerSettings | undefined;
    emit: (event: SynthesisEvent) => void;
    now: () => number;
  }) {
    const { emit, now, timeoutMs } = options;
    this.emit = emit;
    this.now = now;
    this.ttlMs = options.ttlMs;
    const onError = (failure: CacheFailure) =>
      emit({ type: 'cache-error', timestamp: now(), ...failure });
    if (options.memoryCache !== false) {
      this.memory = createMemoryCache(options.memoryCache ?? {});
      this.tiers.push(new GuardedCache({ store: this.memory, timeoutMs, onError }));
    }
    const shared = options.cache === undefined ? [] : [options.cache].flat();
    for (const store of shared as CacheStoreV1[]) {
      if (store == null) continue;
      this.tiers.push(
        new GuardedCache({
          store,
          timeoutMs,
          onError,
          now,
          ...(options.circuitBreaker ? { circuitBreaker: options.circuitBreaker } : {}),
          onCircuit: (state) =>
            emit({ type: 'cache-circuit', store: store.name, state, timestamp: now() }),
        }),
      );
    }
  }

  /** A request's lookup: counted in the hit ratio and announced as an event. */
  lookup(options: {
    key: string;
    requestId: string;
    warnings: Warning[];
    /** A hit in memory may hand out the cache's own bytes (the caller only reads them). */
    share?: boolean | undefined;
  }): Promise<ProducedAudio | undefined> {
    return this.find({ ...options, scope: 'request' });
  }

  /**
   * Looks a key up in the tiers, counts the result (requests and chunks
   * apart) and announces it: `cache-hit`/`cache-miss` for requests,
   * `chunk-cache-hit`/`chunk-cache-miss` for the chunks of long inputs.
   */
  private async find(options: {
    key: string;
    requestId: string;
    warnings: Warning[];
    share?: boolean | undefined;
    scope: 'request' | 'chunk';
  }): Promise<ProducedAudio | undefined> {
    const { key, requestId, scope } = options;
    const startedAt = this.now();
    const peeked = options.share ? this.peekMemory(key) : undefined;
    const hit = peeked ?? (await this.read(key, options.warnings));
    const durationMs = this.now() - startedAt;
    const counts = scope === 'request' ? this.requestCounts : this.chunkCounts;
    if (hit === undefined) {
      counts.misses++;
      const type = scope === 'request' ? 'cache-miss' : 'chunk-cache-miss';
      this.emit({ type, requestId, key, durationMs, timestamp: this.now() });
      return undefined;
    }
    counts.hits++;
    const type = scope === 'request' ? 'cache-hit' : 'chunk-cache-hit';
    this.emit({
      type,
      requestId,
      key,
      store: hit.store,
      durationMs,
      timestamp: this.now(),
    });
    return hit.produced;
  }

  private peekMemory(
    key: string,
  ): { produced: ProducedAudio; store: string } | undefined {
    const entry = this.memory?.peek(key);
    const produced = entry && fromCacheEntry(entry);
    return produced && { produced, store: 'memory' };
  }

  async store(options: {
    key: string;
    produced: ProducedAudio;
    warnings: Warning[];
  }): Promise<void> {
    const report = reportInto(options.warnings);
    const entry = toCacheEntry(options.produced);
    const setOptions =
      this.ttlMs === undefined ? {} : { expires: Date.now() + this.ttlMs };
    await Promise.all(
      this.tiers.map((tier) => tier.set({ key: options.key, entry, setOptions, report })),
    );
  }

  /** Chunk audio goes through the same tiers, without counting as request hits. */
  chunkStore(options: {
    warnings: Warning[];
    requestId: string;
  }): ChunkStore | undefined {
    if (this.tiers.length === 0) return undefined;
    const { warnings, requestId } = options;
    return {
      get: (key) => this.find({ key, requestId, warnings, scope: 'chunk' }),
      set: (key, produced) => this.store({ key, produced, warnings }),
    };
  }

  states(): Array<{ name: string; state: CircuitState; consecutiveFailures: number }> {
    return this.tiers.map((tier) => ({ name: tier.name, ...tier.circuit }));
  }

  async dispose(): Promise<void> {
    await Promise.all(this.tiers.map((tier) => tier.dispose()));
  }

  private async read(
    key: string,
    warnings: Warning[],
  ): Promise<{ produced: ProducedAudio; store: string } | undefined> {
    const report = reportInto(warnings);
    for (const [index, tier] of this.tiers.entries()) {
      const entry = await tier.get(key, report);
      const produced = entry && fromCacheEntry(entry);
      if (!produced) continue;
      const faster = this.tiers.slice(0, index);
      await Promise.all(
        faster.map((other) => other.set({ key, entry: toCacheEntry(produced), report })),
      );
      return { produced, store: tier.name };
    }
    return undefined;
  }
}
