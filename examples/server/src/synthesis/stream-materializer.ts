import type { SynthesisRequest, SynthesisResult, Synthesizer } from '@ttskit/core';

/**
 * `stream()` keeps no whole copy of long audio (its chunks are cached, the
 * whole is not), so a repeated stream would report a miss and the audio
 * would have no `/v1/audio/:key`. After a stream ends, this runs the same
 * request once more through `synthesize()` with an `onChunk` listener: the
 * same chunking, so every chunk is a cache hit and no engine is called, and
 * the whole result is stored under the request key. Bounded: inputs up to
 * `maxInputChars`, `maxPending` at once, one per key.
 */
export function createStreamMaterializer(options: {
  maxInputChars: number;
  maxPending: number;
  onError: (error: unknown) => void;
}) {
  const pending = new Map<string, Promise<void>>();
  return {
    after(job: {
      synthesizer: Synthesizer;
      request: SynthesisRequest;
      result: SynthesisResult;
    }): void {
      const { result, request } = job;
      const length = (request.text ?? request.ssml ?? '').length;
      if (result.audio.byteLength > 0 || result.cached) return; // stored already
      if (length > options.maxInputChars || pending.size >= options.maxPending) return;
      if (pending.has(result.key)) return;
      const { signal: _signal, onChunk: _onChunk, ...rest } = request;
      const work = job.synthesizer
        .synthesize({ ...rest, onChunk: () => undefined })
        .then(() => undefined, options.onError)
        .finally(() => pending.delete(result.key));
      pending.set(result.key, work);
    },
    /** Resolves when background work has finished (on shutdown). */
    async drain(): Promise<void> {
      await Promise.allSettled([...pending.values()]);
    },
  };
}

export type StreamMaterializer = ReturnType<typeof createStreamMaterializer>;
