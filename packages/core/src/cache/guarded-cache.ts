import { CacheError } from '../spec/errors/cache-error';
import type {
  CacheEntryV1,
  CacheSetOptionsV1,
  CacheStoreV1,
} from '../spec/v1/cache-store-v1';
import { withTimeout } from '../util/with-timeout';
import {
  CircuitBreaker,
  type CircuitBreakerSettings,
  type CircuitState,
} from './circuit-breaker';

export type CacheFailure = { store: string; operation: string; error: CacheError };
export type CacheFailureReporter = (failure: CacheFailure) => void;

/**
 * Wraps a `CacheStoreV1` so that it can never fail or stall a synthesis:
 * every call has a timeout, and failures are reported through `onError` and
 * turned into a miss (reads) or a no-op (writes). A store that keeps failing
 * is skipped by a circuit breaker until a probe call succeeds again, and
 * `onCircuit` hears when it opens and closes. Optional methods fall back to
 * the required ones.
 */
export class GuardedCache {
  readonly name: string;
  private readonly store: CacheStoreV1;
  private readonly timeoutMs: number;
  private readonly onError: (failure: CacheFailure) => void;
  private readonly onCircuit: ((state: 'open' | 'closed') => void) | undefined;
  private readonly breaker: CircuitBreaker;

  constructor(options: {
    store: CacheStoreV1;
    timeoutMs: number;
    onError: (failure: CacheFailure) => void;
    circuitBreaker?: CircuitBreakerSettings;
    onCircuit?: (state: 'open' | 'closed') => void;
    now?: () => number;
  }) {
    this.store = options.store;
    this.name = options.store.name;
    this.timeoutMs = options.timeoutMs;
    this.onError = options.onError;
    this.onCircuit = options.onCircuit;
    this.breaker = new CircuitBreaker(options.circuitBreaker, options.now);
  }

  /** `closed` when the store is used, `open` while it is skipped, `half-open` when probing. */
  get circuit(): { state: CircuitState; consecutiveFailures: number } {
    return {
      state: this.breaker.state,
      consecutiveFailures: this.breaker.consecutiveFailures,
    };
  }

  get(key: string, report?: CacheFailureReporter): Promise<CacheEntryV1 | undefined> {
    return this.guard({
      operation: 'get',
      run: () => this.store.get(key),
      fallback: undefined,
      report,
    });
  }

  getMany(keys: readonly string[]): Promise<Array<CacheEntryV1 | undefined>> {
    const store = this.store;
    const read = store.getMany
      ? () => (store.getMany as NonNullable<CacheStoreV1['getMany']>)(keys)
      : () => Promise.all(keys.map((key) => store.get(key)));
    return this.guard({
      operation: 'getMany',
      run: read,
      fallback: keys.map(() => undefined),
    });
  }

  set(options: {
    key: string;
    entry: CacheEntryV1;
    setOptions?: CacheSetOptionsV1;
    report?: CacheFailureReporter;
  }): Promise<boolean> {
    return this.guard({
      operation: 'set',
      run: async () => {
        await this.store.set(options.key, options.entry, options.setOptions);
        return true;
      },
      fallback: false,
      report: options.report,
    });
  }

  delete(key: string): Promise<boolean> {
    return this.guard({
      operation: 'delete',
      run: () => this.store.delete(key),
      fallback: false,
    });
  }

  async dispose(): Promise<void> {
    await this.guard({
      operation: 'dispose',
      run: async () => this.store.dispose?.(),
      fallback: undefined,
      bypassCircuit: true,
    });
  }

  private async guard<T>(options: {
    operation: string;
    run: () => Promise<T>;
    fallback: T;
    report?: CacheFailureReporter | undefined;
    bypassCircuit?: boolean;
  }): Promise<T> {
    const { operation, run, fallback } = options;
    if (!options.bypassCircuit && !this.breaker.allow()) return fallback;
    try {
      const value = await withTimeout(run(), this.timeoutMs);
      if (this.breaker.succeeded()) this.onCircuit?.('closed');
      return value;
    } catch (cause) {
      if (this.breaker.failed()) this.onCircuit?.('open');
      const error = new CacheError({
        message: `[ttskit] [cache:${this.name}] ${operation} failed: ${
          cause instanceof Error ? cause.message : String(cause)
        }`,
        store: this.name,
        operation,
        cause,
      });
      const failure = { store: this.name, operation, error };
      this.onError(failure);
      options.report?.(failure);
      return fallback;
    }
  }
}
