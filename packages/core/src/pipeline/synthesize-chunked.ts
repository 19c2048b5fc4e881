import {
  canonicalizeSsml,
  chunkSsml,
  type SsmlChunk,
  type SsmlDocument,
  toPlainText,
} from '@ttskit/ssml';
import { engineAudioToPcm } from '../audio/engine-audio-to-pcm';
import { bytesToPcm, pcmToBytes } from '../audio/pcm-bytes';
import { resamplePcm } from '../audio/resample-pcm';
import { findAudibleRange } from '../audio/trim-silence';
import { UnsupportedFeatureError } from '../spec/errors/unsupported-feature-error';
import type { EngineV1 } from '../spec/v1/engine-v1';
import type { EngineV1CallOptions } from '../spec/v1/engine-v1-call-options';
import type { Warning } from '../spec/v1/warning';
import { planNeedsEmulation, synthesizeSpokenPlan } from './emulate-spoken-plan';
import { inputLimitsOf } from './input-limits';
import { mergeWarnings } from './merge-warnings';
import type { ProducedAudio } from './produced-audio';
import type { QueuedEngineCall } from './queued-engine-call';
import { pauseAfter, type ResolvedStitchSettings } from './stitch-settings';
import type { MarkTiming } from './synthesis-request';
import {
  type PlainWordTiming,
  plainTextOf,
  remapPlainWords,
  wordsToPlainText,
} from './word-offsets';

/** Where chunk audio is cached (PCM at the engine's rate, words in the chunk's plain text). */
export type ChunkStore = {
  get(key: string): Promise<ProducedAudio | undefined>;
  set(key: string, produced: ProducedAudio): Promise<void>;
};

/** One stitched chunk, announced in order as soon as it and every chunk before it are ready. */
export type ChunkAudio = {
  index: number;
  count: number;
  samples: Int16Array;
  sampleRate: number;
  /** Words in the document's plain text, timed from the start of the whole audio. */
  words: PlainWordTiming[];
  marks: MarkTiming[];
  cached: boolean;
};

export type ChunkedAudio = {
  /** Empty when `retainAudio` is false. */
  samples: Int16Array;
  sampleRate: number;
  durationMs: number;
  words: PlainWordTiming[];
  marks: MarkTiming[];
  warnings: Warning[];
  chunkCount: number;
  cachedChunks: number;
};

/**
 * Speaks a document longer than the engine takes at once: `chunkSsml` cuts
 * it to the engine's limit, the chunks are synthesized in parallel through
 * the synthesizer's queue (each with its own retries and its own cache
 * entry), and the audio is stitched in order: each chunk's edge silence
 * trimmed, then the pause for its kind of cut. Word and mark times are
 * shifted to the whole and word offsets mapped to the document.
 */
export async function synthesizeChunked(options: {
  engine: EngineV1;
  document: SsmlDocument;
  callOptions: EngineV1CallOptions;
  call: QueuedEngineCall;
  chunkKey: (canonicalChunk: string) => string;
  chunkStore?: ChunkStore | undefined;
  stitch: ResolvedStitchSettings;
  /** Smaller chunks than the engine takes, for early audio when streaming. */
  maxChunk?: number | undefined;
  /** Chunks produced ahead of the one being delivered. Default: all of them. */
  window?: number | undefined;
  /** `false`: deliver chunks through `onChunk` only, keep no audio (bounded memory). */
  retainAudio?: boolean | undefined;
  /** Awaited before the next chunk is delivered: a slow reader slows production. */
  onChunk?: ((chunk: ChunkAudio) => void | Promise<void>) | undefined;
}): Promise<ChunkedAudio> {
  const { engine, document, stitch } = options;
  // streaming asks for smaller chunks: the first limit is lowered, the others still hold
  const limits = inputLimitsOf(engine).map((limit, index) =>
    index === 0 && options.maxChunk !== undefined
      ? { unit: limit.unit, max: Math.min(limit.max, options.maxChunk) }
      : limit,
  );
  const chunks = chunkSsml(document, {
    limit: limits,
    dialect: engine.capabilities.ssml.dialect as Parameters<
      typeof chunkSsml
    >[1]['dialect'],
    voice: engine.voice,
    separateParagraphs: true,
  });
  const whole = plainTextOf(document);
  const warnings: Warning[] = [];
  const samplesOut: Int16Array[] = [];
  const words: PlainWordTiming[] = [];
  const marks: MarkTiming[] = [];
  let sampleRate = 0;
  let length = 0;
  let cachedChunks = 0;
  // chunks run ahead of the one being emitted by at most `window`: memory stays bounded
  const window = Math.max(1, options.window ?? chunks.length);
  const started: Array<Promise<ProducedAudio & { cached: boolean }>> = [];
  const start = (index: number) => {
    const chunk = chunks[index];
    if (chunk === undefined || started[index] !== undefined) return;
    const produced = produceChunk({ ...options, chunk });
    produced.catch(() => undefined);
    started[index] = produced;
  };
  for (let index = 0; index < window; index++) start(index);
  try {
    for (const [index, chunk] of chunks.entries()) {
      const produced = await (started[index] as Promise<
        ProducedAudio & { cached: boolean }
      >);
      delete started[index];
      if (produced.cached) cachedChunks++;
      warnings.push(...produced.warnings);
      if (sampleRate === 0) sampleRate = produced.sampleRate;
      const piece = stitchPiece({
        produced,
        sampleRate,
        stitch,
        pauseMs:
          index === 0 ? 0 : pauseAfter(stitch, (chunks[index - 1] as SsmlChunk).cutAfter),
      });
      const shiftMs = (length * 1000) / sampleRate + piece.shiftMs;
      const chunkWords = remapPlainWords({
        words: produced.words,
        from: toPlainText(chunk.document),
        to: whole,
        shiftMs,
      });
      const chunkMarks = produced.marks.map((mark) => ({
        ...mark,
        timeMs: mark.timeMs + shiftMs,
      }));
      length += piece.samples.length;
      if (options.retainAudio !== false) {
        samplesOut.push(piece.samples);
        words.push(...chunkWords);
        marks.push(...chunkMarks);
      }
      await options.onChunk?.({
        index,
        count: chunks.length,
        samples: piece.samples,
        sampleRate,
        words: chunkWords,
        marks: chunkMarks,
        cached: produced.cached,
      });
      start(index + window);
    }
  } finally {
    // a failure or an abort leaves nothing running in the background unobserved
    await Promise.allSettled(started.filter(Boolean));
  }
  const samples = new Int16Array(options.retainAudio === false ? 0 : length);
  let offset = 0;
  for (const piece of samplesOut) {
    samples.set(piece, offset);
    offset += piece.length;
  }
  return {
    samples,
    sampleRate,
    durationMs: sampleRate === 0 ? 0 : (length * 1000) / sampleRate,
    words,
    marks,
    warnings: mergeWarnings(warnings),
    chunkCount: chunks.length,
    cachedChunks,
  };
}

/**
 * One chunk's audio ready to append: resampled to the stream's rate, edge
 * silence trimmed (keeping a margin), the pause before it prepended.
 * `shiftMs` moves the chunk's own times to where they land in the piece.
 */
function stitchPiece(options: {
  produced: ProducedAudio;
  sampleRate: number;
  stitch: ResolvedStitchSettings;
  pauseMs: number;
}): { samples: Int16Array; shiftMs: number } {
  const { produced, sampleRate, stitch } = options;
  let samples = bytesToPcm(produced.data);
  if (produced.sampleRate !== sampleRate)
    samples = resamplePcm({ samples, fromRate: produced.sampleRate, toRate: sampleRate });
  const margin = Math.round((stitch.marginMs * sampleRate) / 1000);
  const audible = findAudibleRange({ samples, marginSamples: margin });
  const silence = Math.round((options.pauseMs * sampleRate) / 1000);
  const piece = new Int16Array(silence + audible.end - audible.start);
  piece.set(samples.subarray(audible.start, audible.end), silence);
  return { samples: piece, shiftMs: ((silence - audible.start) * 1000) / sampleRate };
}

async function produceChunk(options: {
  engine: EngineV1;
  chunk: SsmlChunk;
  callOptions: EngineV1CallOptions;
  call: QueuedEngineCall;
  chunkKey: (canonicalChunk: string) => string;
  chunkStore?: ChunkStore | undefined;
}): Promise<ProducedAudio & { cached: boolean }> {
  const { engine, chunk, call } = options;
  const key = options.chunkKey(canonicalizeSsml(chunk.document));
  const cached = await options.chunkStore?.get(key);
  if (cached !== undefined && cached.format === 'pcm') return { ...cached, cached: true };
  const { serialized } = chunk;
  const callOptions: EngineV1CallOptions = {
    ...options.callOptions,
    // chunks are stitched as PCM; the whole is encoded to the caller's format afterwards
    format: 'pcm',
    input: serialized.ssml,
    inputType: serialized.plan === undefined ? 'ssml' : 'text',
  };
  const result = planNeedsEmulation(serialized.plan)
    ? await synthesizeSpokenPlan({
        plan: serialized.plan,
        engine,
        callOptions,
        call: (o) => call(o),
      })
    : await call(callOptions);
  if (
    result.audio.type === 'encoded' &&
    result.audio.format !== 'pcm' &&
    result.audio.format !== 'wav'
  ) {
    throw new UnsupportedFeatureError({
      feature: 'chunked-compressed-audio',
      message: `[ttskit] engine "${engine.engine}" returned ${result.audio.format} audio, which cannot be stitched; long inputs need an engine that returns PCM or WAV`,
    });
  }
  const pcm = engineAudioToPcm(result.audio);
  const produced: ProducedAudio = {
    data: pcmToBytes(pcm.samples),
    format: 'pcm',
    sampleRate: pcm.sampleRate,
    durationMs: (pcm.samples.length * 1000) / pcm.sampleRate,
    words: wordsToPlainText({
      words: result.words,
      loweredMap: serialized.sourceMap,
      plain: toPlainText(chunk.document),
    }),
    marks: result.marks.map((mark) => ({ name: mark.name, timeMs: mark.timeMs })),
    warnings: [...serialized.warnings, ...result.warnings],
    engine: engine.engine,
    voice: engine.voice,
  };
  await options.chunkStore?.set(key, produced);
  return { ...produced, cached: false };
}
