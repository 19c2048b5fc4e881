import type { SsmlDocument } from '@ttskit/ssml';
import type PQueue from 'p-queue';
import { convertAudio } from '../audio/index';
import { AbortError } from '../spec/errors/abort-error';
import { InvalidArgumentError } from '../spec/errors/invalid-argument-error';
import type { EngineV1 } from '../spec/v1/engine-v1';
import type { EngineV1CallOptions } from '../spec/v1/engine-v1-call-options';
import type { EngineV1Result } from '../spec/v1/engine-v1-result';
import type { Warning } from '../spec/v1/warning';
import type { SynthesisProgress } from './call-engine';
import {
  canStitch,
  planNeedsEmulation,
  synthesizeSpokenPlan,
} from './emulate-spoken-plan';
import { lowerForEngine } from './lower-for-engine';
import type { ProducedAudio } from './produced-audio';
import { createQueuedEngineCall } from './queued-engine-call';
import type { ResolvedRetrySettings } from './retry-with-backoff';
import type { SynthesisEvent } from './synthesis-events';
import type { OutputFormat, SynthesisRequest } from './synthesis-request';
import { plainTextOf, wordsToPlainText } from './word-offsets';

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
};

/** Errors that the next engine cannot fix: stop instead of falling back. */
function isFinalForAllEngines(error: unknown): boolean {
  return AbortError.isInstance(error);
}

async function synthesizeOnce(options: {
  context: EngineChainContext;
  engine: EngineV1;
  document: SsmlDocument;
  request: SynthesisRequest;
  format: OutputFormat;
  requestId: string;
  signal: AbortSignal;
  onProgress: ((progress: SynthesisProgress) => void) | undefined;
}): Promise<ProducedAudio> {
  const { context, engine, document, request, format, requestId, signal } = options;
  const lowered = lowerForEngine({ document, engine });
  const callOptions: EngineV1CallOptions = {
    input: lowered.input,
    inputType: lowered.inputType,
    format,
    abortSignal: signal,
    ...(request.sampleRate === undefined ? {} : { sampleRate: request.sampleRate }),
    ...(request.language === undefined ? {} : { language: request.language }),
    ...(request.engineOptions === undefined
      ? {}
      : { engineOptions: request.engineOptions }),
  };
  const call = createQueuedEngineCall({ context, engine, requestId, signal });
  const warnings: Warning[] = [...lowered.warnings];
  let result: EngineV1Result;
  if (planNeedsEmulation(lowered.plan) && canStitch(engine)) {
    result = await synthesizeSpokenPlan({
      plan: lowered.plan,
      engine,
      callOptions,
      call: (segmentOptions) => call(segmentOptions),
    });
  } else {
    if (planNeedsEmulation(lowered.plan)) {
      warnings.push({
        type: 'unsupported-feature',
        feature: 'ssml-emulation',
        details: `engine "${engine.engine}" returns compressed audio, so pauses, rate changes and marks cannot be emulated`,
      });
    }
    result = await call(callOptions, options.onProgress);
  }
  const converted = await convertAudio({
    audio: result.audio,
    format,
    ...(request.sampleRate === undefined ? {} : { sampleRate: request.sampleRate }),
  });
  warnings.push(...result.warnings);
  const words =
    result.words.length === 0
      ? []
      : wordsToPlainText({
          words: result.words,
          loweredMap: lowered.sourceMap,
          plain: plainTextOf(document),
        });
  return {
    data: converted.data,
    format,
    sampleRate: converted.sampleRate,
    durationMs: converted.durationMs,
    words,
    marks: result.marks.map((mark) => ({ name: mark.name, timeMs: mark.timeMs })),
    warnings,
    engine: engine.engine,
    voice: engine.voice,
  };
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
