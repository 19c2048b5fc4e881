import {
  EngineCallError,
  type SynthesisRequest,
  type Synthesizer,
  type Warning,
} from '@ttskit/core';
import { toHttpError } from '../http/to-http-error';
import { contentTypeOf } from '../storage/audio-content-type';
import type { AudioStore } from '../storage/audio-store';
import type { SpeechService } from '../synthesis/speech-service';
import type { ContentLock } from './content-lock';
import type { SpeechJobData, SpeechJobError, SpeechJobResult } from './job-queue';

/** What a job needs from the process that runs it (API process or worker). */
export type SpeechJobContext = {
  speech: SpeechService;
  audio: AudioStore;
  /** Called with the share of input spoken so far (BullMQ: `job.updateProgress`). */
  reportProgress?: (fraction: number) => void | Promise<void>;
  /** Aborts the synthesis (shutdown, job cancelled). */
  signal?: AbortSignal;
  /** The job's id: in the synthesizer's events and the result's `wordsUrl`. */
  jobId: string;
  /**
   * Held on the request key while the job synthesizes and stores (worker
   * processes: a Redis lock), so the same content is produced and stored
   * once even when several jobs carry it at the same time.
   */
  lock?: ContentLock;
};

/** The synthesized audio could not be stored in any shared tier. */
export class AudioNotStoredError extends Error {
  constructor(key: string) {
    super(`[ttskit] [example-server] the audio of ${key} could not be stored; try again`);
    this.name = 'AudioNotStoredError';
  }
}

function toRequest(
  data: SpeechJobData,
  signal: AbortSignal | undefined,
): SynthesisRequest {
  return {
    ...(data.ssml === undefined ? { text: data.text ?? '' } : { ssml: data.ssml }),
    format: data.format,
    ...(data.voice ? { voice: data.voice } : {}),
    ...(data.sampleRate ? { sampleRate: data.sampleRate } : {}),
    ...(data.language ? { language: data.language } : {}),
    ...(signal ? { signal } : {}),
  } as SynthesisRequest;
}

/**
 * Runs one speech job: synthesizes it (the synthesizer chunks long input,
 * caches each chunk and the whole, and shares identical work), makes sure
 * the audio is in a shared tier, and returns JSON describing it. Idempotent:
 * the same data gives the same key, and audio already stored is not stored
 * again. The same function runs in the in-process queue and in a queue
 * worker (`job.data` in, return value out).
 *
 * @throws what synthesis throws; `describeJobError` says whether to retry.
 */
export async function processSpeechJob(
  data: SpeechJobData,
  context: SpeechJobContext,
): Promise<SpeechJobResult> {
  const { synthesizer } = context.speech.synthesizerFor(data.engine);
  const request = {
    ...toRequest(data, context.signal),
    requestId: `job_${context.jobId}`,
  };
  if (!context.lock) return produce({ synthesizer, request, context });
  const key = synthesizer.keyOf(request);
  return context.lock.run(
    key,
    () => produce({ synthesizer, request, context }),
    context.signal,
  );
}

async function produce(options: {
  synthesizer: Synthesizer;
  request: SynthesisRequest;
  context: SpeechJobContext;
}): Promise<SpeechJobResult> {
  const { synthesizer, request, context } = options;
  const report = context.reportProgress;
  let result = await synthesizer.synthesize({
    ...request,
    ...(report ? { onProgress: (progress) => void report(progress.fraction) } : {}),
  });
  if (!result.cached) {
    // just made: synthesize wrote it to every tier, and a failed write is a warning
    if (!storedInSharedTier({ result, tiers: context.audio.tierNames }))
      throw new AudioNotStoredError(result.key);
  } else {
    const stored = await context.audio.check(result.key);
    // unknown (a tier did not answer): never synthesize again on a guess; retry the job
    if (stored === 'unknown') throw new AudioNotStoredError(result.key);
    if (stored === 'missing') {
      // served from memory while the shared tiers lost it (evicted, expired):
      // synthesize again, which stores it in every tier
      result = await synthesizer.synthesize({ ...request, cache: false });
      if (!storedInSharedTier({ result, tiers: context.audio.tierNames }))
        throw new AudioNotStoredError(result.key);
    }
  }
  await report?.(1);
  return {
    key: result.key,
    audioUrl: `/v1/audio/${result.key}`,
    format: result.format,
    contentType: contentTypeOf(result.format),
    sampleRate: result.sampleRate,
    durationMs: result.durationMs,
    engine: result.engine,
    voice: result.voice,
    cached: result.cached,
    wordCount: result.words.length,
    markCount: result.marks.length,
    wordsUrl: `/v1/jobs/${context.jobId}/words`,
    words: result.words,
    marks: result.marks,
    warnings: result.warnings,
  };
}

/** Whether a fresh result's write reached at least one shared tier (else every one warned). */
function storedInSharedTier(options: {
  result: { warnings: readonly Warning[] };
  tiers: readonly string[];
}): boolean {
  const failed = new Set(
    options.result.warnings.flatMap((warning) =>
      warning.type === 'cache-error' && warning.operation === 'set'
        ? [warning.store]
        : [],
    ),
  );
  return options.tiers.some((tier) => !failed.has(tier));
}

/** A failed job's error for its status, and whether a retry could succeed. */
export function describeJobError(error: unknown): SpeechJobError {
  if (error instanceof AudioNotStoredError) {
    return { code: 'storage_unavailable', message: error.message, retryable: true };
  }
  const httpError = toHttpError(error);
  return {
    code: httpError.code,
    message: httpError.message,
    retryable: EngineCallError.isInstance(error)
      ? error.isRetryable
      : httpError.statusCode >= 500,
  };
}
