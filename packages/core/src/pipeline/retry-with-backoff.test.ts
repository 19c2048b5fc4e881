import { describe, expect, it } from 'vitest';
import { AbortError } from '../spec/errors/abort-error';
import { EngineCallError } from '../spec/errors/engine-call-error';
import {
  computeBackoffDelay,
  resolveRetrySettings,
  retryWithBackoff,
} from './retry-with-backoff';

const settings = resolveRetrySettings({
  maxRetries: 3,
  initialDelayMs: 100,
  maxDelayMs: 1_000,
});
const retryable = () =>
  new EngineCallError({ message: 'busy', engine: 'mock', statusCode: 503 });

describe('retryWithBackoff', () => {
  it('retries retryable errors until success, with full-jitter windows that grow', async () => {
    const waits: number[] = [];
    let calls = 0;
    const value = await retryWithBackoff({
      settings,
      random: () => 0.999,
      wait: async (ms) => {
        waits.push(ms);
      },
      operation: async () => {
        calls++;
        if (calls < 4) throw retryable();
        return 'ok';
      },
    });
    expect(value).toBe('ok');
    expect(calls).toBe(4);
    expect(waits).toEqual([99, 199, 399]);
  });

  it('gives up after maxRetries and rethrows the last error', async () => {
    let calls = 0;
    await expect(
      retryWithBackoff({
        settings,
        wait: async () => {},
        operation: async () => {
          calls++;
          throw retryable();
        },
      }),
    ).rejects.toSatisfy((error) => EngineCallError.isInstance(error));
    expect(calls).toBe(4);
  });

  it('never retries non-retryable errors', async () => {
    let calls = 0;
    const error = new EngineCallError({
      message: 'bad request',
      engine: 'mock',
      statusCode: 400,
    });
    expect(error.isRetryable).toBe(false);
    await expect(
      retryWithBackoff({
        settings,
        operation: async () => {
          calls++;
          throw error;
        },
      }),
    ).rejects.toBe(error);
    expect(calls).toBe(1);
  });

  it('waits at least Retry-After and refuses one above the cap', () => {
    const error = new EngineCallError({
      message: 'slow down',
      engine: 'mock',
      statusCode: 429,
      retryAfterMs: 700,
    });
    expect(computeBackoffDelay({ attempt: 0, settings, error, random: () => 0 })).toBe(
      700,
    );
    const huge = new EngineCallError({
      message: 'later',
      engine: 'mock',
      statusCode: 429,
      retryAfterMs: 10 * 60_000,
    });
    expect(
      computeBackoffDelay({ attempt: 0, settings, error: huge, random: () => 0 }),
    ).toBeUndefined();
  });

  it('caps the window at maxDelayMs', () => {
    expect(
      computeBackoffDelay({
        attempt: 10,
        settings,
        error: retryable(),
        random: () => 0.999,
      }),
    ).toBe(999);
  });

  it('stops waiting as soon as the signal aborts', async () => {
    const controller = new AbortController();
    const promise = retryWithBackoff({
      settings: resolveRetrySettings({
        maxRetries: 5,
        initialDelayMs: 60_000,
        maxDelayMs: 60_000,
      }),
      signal: controller.signal,
      random: () => 1,
      operation: async () => {
        throw retryable();
      },
    });
    setTimeout(() => controller.abort(), 20);
    const startedAt = Date.now();
    await expect(promise).rejects.toSatisfy((error) => AbortError.isInstance(error));
    expect(Date.now() - startedAt).toBeLessThan(2_000);
  });

  it('marks 408, 409, 429 and 5xx retryable by default', () => {
    for (const statusCode of [408, 409, 429, 500, 503]) {
      expect(
        new EngineCallError({ message: '', engine: 'x', statusCode }).isRetryable,
      ).toBe(true);
    }
    for (const statusCode of [400, 401, 403, 404]) {
      expect(
        new EngineCallError({ message: '', engine: 'x', statusCode }).isRetryable,
      ).toBe(false);
    }
  });
});
