import type { SsmlDocument } from '@ttskit/ssml';
import { convertAudio } from '../audio/index';
import type { EngineV1Audio } from '../spec/v1/audio-format';
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
import { describeInputLimits, inputLimitsOf } from './input-limits';
import { type LoweredInput, lowerForEngine } from './lower-for-engine';
import type { ProducedAudio } from './produced-audio';
import { createQueuedEngineCall, type QueuedEngineCall } from './queued-engine-call';
import type { MarkTiming, OutputFormat, SynthesisRequest } from './synthesis-request';
import { type ChunkAudio, synthesizeChunked } from './synthesize-chunked';
import type { EngineChainContext } from './synthesize-with-engines';
import { type PlainWordTiming, plainTextOf, wordsToPlainText } from './word-offsets';

type Spoken = {
  audio: EngineV1Audio;
  words: PlainWordTiming[];
  marks: MarkTiming[];
  warnings: Warning[];
  /** Set when the audio went out through `onChunk` only (not kept): its length and rate. */
  streamed?: { durationMs: number; sampleRate: number };
};

/**
 * One engine's attempt at a request: lower the document for it, then speak
 * it in one call (with SSML emulation for engines without SSML) or, when it
 * is above the engine's input limit, in chunks stitched together. Returns
 * the audio in the requested format.
 */
export async function synthesizeOnce(options: {
  context: EngineChainContext;
  engine: EngineV1;
  document: SsmlDocument;
  request: SynthesisRequest;
  format: OutputFormat;
  requestId: string;
  signal: AbortSignal;
  onProgress: ((progress: SynthesisProgress) => void) | undefined;
  onChunk?: ((chunk: ChunkAudio) => void | Promise<void>) | undefined;
  retainAudio?: boolean | undefined;
}): Promise<ProducedAudio> {
  const { context, engine, document, request, format, requestId, signal } = options;
  const { chunkMax, streamingChunkMax } = context.chunking;
  const lowered = lowerForEngine({
    document,
    engine,
    strict: request.strictSsml,
    maxChunk: chunkMax,
  });
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
  // a caller that wants audio as it is ready gets sentences in small chunks
  const streaming = options.onChunk !== undefined && hasSeveralSentences(lowered.input);
  const spoken =
    lowered.fits === false || lowered.fitsChunk === false || streaming
      ? await speakInChunks({
          ...options,
          callOptions,
          call,
          maxChunk: streaming
            ? Math.min(streamingChunkMax, chunkMax ?? Infinity)
            : chunkMax,
          aboveEngineLimit: lowered.fits === false,
        })
      : await speakWhole({ ...options, lowered, callOptions, call });
  if (spoken.streamed !== undefined) {
    // delivered through onChunk only: nothing kept, nothing to encode
    return {
      data: new Uint8Array(0),
      format,
      sampleRate: request.sampleRate ?? spoken.streamed.sampleRate,
      durationMs: spoken.streamed.durationMs,
      words: spoken.words,
      marks: spoken.marks,
      warnings: spoken.warnings,
      engine: engine.engine,
      voice: engine.voice,
    };
  }
  const converted = await convertAudio({
    audio: spoken.audio,
    format,
    ...(request.sampleRate === undefined ? {} : { sampleRate: request.sampleRate }),
  });
  return {
    data: converted.data,
    format,
    sampleRate: converted.sampleRate,
    durationMs: converted.durationMs,
    words: spoken.words,
    marks: spoken.marks,
    warnings: spoken.warnings,
    engine: engine.engine,
    voice: engine.voice,
  };
}

async function speakWhole(options: {
  engine: EngineV1;
  document: SsmlDocument;
  lowered: LoweredInput;
  callOptions: EngineV1CallOptions;
  call: QueuedEngineCall;
  onProgress: ((progress: SynthesisProgress) => void) | undefined;
}): Promise<Spoken> {
  const { engine, lowered, callOptions, call } = options;
  const warnings: Warning[] = [...lowered.warnings];
  let result: EngineV1Result;
  if (planNeedsEmulation(lowered.plan) && canStitch(engine)) {
    result = await synthesizeSpokenPlan({
      plan: lowered.plan,
      engine,
      // segments are joined as PCM; the whole is encoded to the caller's format afterwards
      callOptions: { ...callOptions, format: 'pcm' },
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
  warnings.push(...result.warnings);
  const words =
    result.words.length === 0
      ? []
      : wordsToPlainText({
          words: result.words,
          loweredMap: lowered.sourceMap,
          plain: plainTextOf(options.document),
        });
  return {
    audio: result.audio,
    words,
    marks: result.marks.map((mark) => ({ name: mark.name, timeMs: mark.timeMs })),
    warnings,
  };
}

async function speakInChunks(options: {
  context: EngineChainContext;
  engine: EngineV1;
  document: SsmlDocument;
  callOptions: EngineV1CallOptions;
  call: QueuedEngineCall;
  onProgress: ((progress: SynthesisProgress) => void) | undefined;
  onChunk?: ((chunk: ChunkAudio) => void | Promise<void>) | undefined;
  maxChunk: number | undefined;
  /** The input is above the engine's own limit (not only the chunk size asked for). */
  aboveEngineLimit: boolean;
  retainAudio?: boolean | undefined;
}): Promise<Spoken> {
  const { context, engine, document, onProgress } = options;
  const { stitch, store, keyFor } = context.chunking;
  let audioMs = 0;
  const chunked = await synthesizeChunked({
    engine,
    document,
    callOptions: options.callOptions,
    call: options.call,
    chunkKey: (canonical) => keyFor(engine, canonical),
    chunkStore: store,
    stitch,
    maxChunk: options.maxChunk,
    retainAudio: options.retainAudio,
    // a stream produces a few chunks ahead of the reader, not the whole book
    ...(options.retainAudio === false
      ? { window: Math.max(2, context.queue.concurrency * 2) }
      : {}),
    onChunk: (chunk) => {
      audioMs += (chunk.samples.length * 1000) / chunk.sampleRate;
      onProgress?.({ fraction: (chunk.index + 1) / chunk.count, audioMs });
      return options.onChunk?.(chunk);
    },
  });
  const warnings: Warning[] = [...chunked.warnings];
  if (options.aboveEngineLimit)
    warnings.push({
      type: 'other',
      message: `[ttskit] the input was above engine "${engine.engine}"'s limit of ${describeInputLimits(inputLimitsOf(engine))}; it was spoken in ${chunked.chunkCount} chunks (${chunked.cachedChunks} from the cache)`,
    });
  return {
    audio: { type: 'pcm', samples: chunked.samples, sampleRate: chunked.sampleRate },
    words: chunked.words,
    marks: chunked.marks,
    warnings,
    ...(options.retainAudio === false
      ? { streamed: { durationMs: chunked.durationMs, sampleRate: chunked.sampleRate } }
      : {}),
  };
}

/** More than one sentence end followed by more text: worth streaming in pieces. */
function hasSeveralSentences(input: string): boolean {
  return /[.!?。！？][)"'”’»\]]*\s+\S/u.test(input);
}
