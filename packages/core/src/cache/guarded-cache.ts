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

  /**
   * Writes with a timeout that grows with the entry (the base timeout plus
   * 250 ms per MiB, i.e. at least 4 MiB/s): a book chapter going to S3
   * takes longer than a sentence, and a write cut short by the timeout
   * may still land later, unseen. A write skipped while the circuit is open
   * is reported too: the caller learns the entry is not in this tier.
   */
  set(options: {
    key: string;
    entry: CacheEntryV1;
    setOptions?: CacheSetOptionsV1;
    report?: CacheFailureReporter;
  }): Promise<boolean> {
    const mebibytes = options.entry.data.byteLength / 1_048_576;
    return this.guard({
      operation: 'set',
      run: async () => {
        await this.store.set(options.key, options.entry, options.setOptions);
        return true;
      },
      fallback: false,
      report: options.report,
      timeoutMs: this.timeoutMs + Math.round(mebibytes * 250),
      reportSkip: true,
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
    timeoutMs?: number;
    /** Report a call skipped by the open circuit (to `report` only: it is not a new failure). */
    reportSkip?: boolean;
  }): Promise<T> {
    const { operation, run, fallback } = options;
    if (!options.bypassCircuit && !this.breaker.allow()) {
      if (options.reportSkip) {
        const error = new CacheError({
          message: `[ttskit] [cache:${this.name}] ${operation} skipped: the store keeps failing (circuit open)`,
          store: this.name,
          operation,
        });
        options.report?.({ store: this.name, operation, error });
      }
      return fallback;
    }
    try {
      const value = await withTimeout(run(), options.timeoutMs ?? this.timeoutMs);
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
