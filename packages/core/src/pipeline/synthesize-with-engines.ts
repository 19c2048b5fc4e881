import type { SsmlDocument } from '@ttskit/ssml';
import type PQueue from 'p-queue';
import { AbortError } from '../spec/errors/abort-error';
import { InvalidArgumentError } from '../spec/errors/invalid-argument-error';
import type { EngineV1 } from '../spec/v1/engine-v1';
import type { ProducedAudio } from './produced-audio';
import type { ResolvedRetrySettings } from './retry-with-backoff';
import type { ResolvedStitchSettings } from './stitch-settings';
import type { SynthesisEvent } from './synthesis-events';
import type { OutputFormat, SynthesisRequest } from './synthesis-request';
import type { ChunkAudio, ChunkStore } from './synthesize-chunked';
import { synthesizeOnce } from './synthesize-once';

export type EngineAttempt = {
  engine: EngineV1;
  /** Cache key for this engine's output (differs per fallback engine); computed on demand. */
  key: () => string;
};

export type EngineChainContext = {
  queue: PQueue;
  retry: ResolvedRetrySettings;
  emit: (event: SynthesisEvent) => void;
  now: () => number;
  random?: () => number;
  wait?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** How inputs above an engine's limit are chunked, cached and stitched. */
  chunking: {
    stitch: ResolvedStitchSettings;
    store?: ChunkStore | undefined;
    keyFor: (engine: EngineV1, canonicalChunk: string) => string;
    /** Chunk size (in the engine's unit) when audio is streamed as it is ready. */
    streamingChunkMax: number;
    /** Largest chunk (in the engine's unit) of any long input; default: the engine's limit. */
    chunkMax?: number | undefined;
  };
};

/** Errors that the next engine cannot fix: stop instead of falling back. */
function isFinalForAllEngines(error: unknown): boolean {
  return AbortError.isInstance(error);
}

/**
 * Tries each engine in order (primary first), each with its own retries.
 * Returns the first success together with the engine that produced it.
 */
export async function synthesizeWithEngines(options: {
  context: EngineChainContext;
  attempts: readonly EngineAttempt[];
  document: SsmlDocument;
  request: SynthesisRequest;
  format: OutputFormat;
  requestId: string;
  signal: AbortSignal;
  onChunk?: ((chunk: ChunkAudio) => void | Promise<void>) | undefined;
  /** `false`: long audio is only delivered through `onChunk` (streams). Default true. */
  retainAudio?: boolean | undefined;
}): Promise<{ produced: ProducedAudio; attempt: EngineAttempt }> {
  const { context, attempts, requestId } = options;
  let lastError: unknown;
  for (const [index, attempt] of attempts.entries()) {
    try {
      const produced = await synthesizeOnce({
        ...options,
        engine: attempt.engine,
        onProgress: options.request.onProgress,
      });
      return { produced, attempt };
    } catch (error) {
      lastError = error;
      const next = attempts[index + 1];
      if (isFinalForAllEngines(error) || options.signal.aborted || !next) break;
      if (InvalidArgumentError.isInstance(error) && error.argument.startsWith('request'))
        break;
      context.emit({
        type: 'fallback',
        requestId,
        timestamp: context.now(),
        from: { engine: attempt.engine.engine, voice: attempt.engine.voice },
        to: { engine: next.engine.engine, voice: next.engine.voice },
        error,
      });
    }
  }
  throw lastError;
}
