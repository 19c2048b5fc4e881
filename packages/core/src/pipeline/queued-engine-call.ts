import type { EngineV1 } from '../spec/v1/engine-v1';
import type { EngineV1CallOptions } from '../spec/v1/engine-v1-call-options';
import type { EngineV1Result } from '../spec/v1/engine-v1-result';
import { throwIfAborted } from '../util/abort';
import { callEngine, type SynthesisProgress } from './call-engine';
import { retryWithBackoff } from './retry-with-backoff';
import type { EngineChainContext } from './synthesize-with-engines';

/** Calls one engine through the shared queue, with retries and events. */
export type QueuedEngineCall = (
  callOptions: EngineV1CallOptions,
  onProgress?: (progress: SynthesisProgress) => void,
) => Promise<EngineV1Result>;

/**
 * One engine call as the pipeline makes it: queued on the synthesizer's
 * p-queue, retried with backoff, announced with `engine-call-*` and `retry`
 * events. Every chunk or segment of a request goes through it on its own.
 */
export function createQueuedEngineCall(options: {
  context: EngineChainContext;
  engine: EngineV1;
  requestId: string;
  signal: AbortSignal;
}): QueuedEngineCall {
  const { context, engine, requestId, signal } = options;
  return (
    engineCallOptions: EngineV1CallOptions,
    onProgress?: (progress: SynthesisProgress) => void,
  ): Promise<EngineV1Result> =>
    retryWithBackoff({
      settings: context.retry,
      signal,
      ...(context.random ? { random: context.random } : {}),
      ...(context.wait ? { wait: context.wait } : {}),
      onRetry: ({ attempt, delayMs, error }) =>
        context.emit({
          type: 'retry',
          requestId,
          timestamp: context.now(),
          engine: engine.engine,
          voice: engine.voice,
          attempt,
          delayMs,
          error,
        }),
      operation: (attempt) => {
        const queuedAt = context.now();
        return context.queue.add(
          async () => {
            throwIfAborted(signal);
            const startedAt = context.now();
            const base = {
              requestId,
              engine: engine.engine,
              voice: engine.voice,
              attempt,
            };
            context.emit({
              type: 'engine-call-start',
              timestamp: startedAt,
              queueWaitMs: startedAt - queuedAt,
              ...base,
            });
            try {
              const engineResult = await callEngine({
                engine,
                callOptions: engineCallOptions,
                ...(onProgress ? { onProgress } : {}),
              });
              context.emit({
                type: 'engine-call-end',
                timestamp: context.now(),
                durationMs: context.now() - startedAt,
                ...base,
              });
              return engineResult;
            } catch (error) {
              context.emit({
                type: 'engine-call-end',
                timestamp: context.now(),
                durationMs: context.now() - startedAt,
                error,
                ...base,
              });
              throw error;
            }
          },
          { throwOnTimeout: true },
        );
      },
    });
}
