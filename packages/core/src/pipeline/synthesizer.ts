import PQueue from 'p-queue';
import { CacheTiers } from '../cache/cache-tiers';
import type { CircuitBreakerSettings, CircuitState } from '../cache/circuit-breaker';
import type { MemoryCacheOptions } from '../cache/memory-cache';
import { InvalidArgumentError } from '../spec/errors/invalid-argument-error';
import type { CacheStoreV1 } from '../spec/v1/cache-store-v1';
import type { VoiceV1 } from '../spec/v1/engine-v1';
import type { Warning } from '../spec/v1/warning';
import { type EngineInput, EngineSlot } from './engine-slot';
import { lowerForEngine } from './lower-for-engine';
import { type PrecompilationOptions, PrecompiledInputs } from './precompiled-inputs';
import type { ProducedAudio } from './produced-audio';
import { computeRequestKey } from './request-key';
import { type RetrySettings, resolveRetrySettings } from './retry-with-backoff';
import { SingleFlight } from './single-flight';
import { resolveStitchSettings, type StitchSettings } from './stitch-settings';
import { type SynthesisEvent, SynthesisEventEmitter } from './synthesis-events';
import {
  type InputLimits,
  type OutputFormat,
  parseSynthesisRequest,
  type SynthesisRequest,
  type SynthesisResult,
} from './synthesis-request';
import { type SynthesisStream, streamSynthesis } from './synthesis-stream';
import type { ChunkAudio } from './synthesize-chunked';
import { type EngineAttempt, synthesizeWithEngines } from './synthesize-with-engines';
import {
  streamText,
  type TextStreamOptions,
  type TextSynthesisStream,
} from './text-stream';
import { plainTextOf, wordsToSource } from './word-offsets';

export type SynthesizerOptions = {
  /** One engine or provider, or a list: the first is primary, the rest are fallbacks in order. */
  engine: EngineInput | readonly EngineInput[];
  /**
   * Shared cache stores (fs, Redis, S3...) consulted in order after the
   * in-memory cache: `[redis, s3]`. A hit is copied into every faster tier;
   * a new result is written to all of them. A tier that fails or times out
   * is skipped for a while (circuit breaker) and reported, never fatal.
   */
  cache?: CacheStoreV1 | readonly CacheStoreV1[];
  /** When a failing cache tier is skipped. Default: 3 failures in a row, 5 s pause. */
  cacheCircuitBreaker?: CircuitBreakerSettings;
  /** The built-in in-memory LRU cache. `false` turns it off. Default 64 MiB. */
  memoryCache?: MemoryCacheOptions | false;
  /** Longest wait for a cache store before it counts as a miss. Default 1 000 ms. */
  cacheTimeoutMs?: number;
  /** How long stored audio lives, in ms. Default: forever. */
  cacheTtlMs?: number;
  /** Engine calls running at once (p-queue). Default 4. */
  concurrency?: number;
  retry?: RetrySettings;
  limits?: InputLimits;
  /** Pauses and trimming when a long input is spoken in chunks and joined. */
  stitch?: StitchSettings;
  /**
   * Largest chunk, in the engine's input unit, when audio is streamed as it
   * is ready (`stream()`, `onChunk`): small enough that the first sentence
   * plays quickly. Default 300.
   */
  streamingChunkMax?: number;
  /**
   * Largest chunk, in the engine's input unit, of an input that is not
   * streamed. Longer input is split at paragraphs and sentences; the chunks
   * are synthesized in parallel (up to `concurrency`), cached one by one and
   * stitched. So a long job uses every engine worker, and one that fails or
   * is killed midway resumes from its cached chunks when retried. Default:
   * the engine's own limit (`capabilities.maxInput`).
   */
  chunkMax?: number;
  /**
   * Remembers the parsed, normalized and lowered form of recent inputs so a
   * popular request skips that work. `false` turns it off.
   */
  precompile?: PrecompilationOptions | false;
  /** Receives every event; same as `synthesizer.on('*', listener)`. */
  onEvent?: (event: SynthesisEvent) => void;
  /** Test hooks. */
  _internal?: {
    now?: () => number;
    random?: () => number;
    wait?: (ms: number, signal?: AbortSignal) => Promise<void>;
  };
};

export type SynthesizerStats = {
  concurrency: number;
  /** Engine calls running now. */
  activeEngineCalls: number;
  /** Engine calls waiting for a slot. */
  queuedEngineCalls: number;
  /** Distinct request keys being produced now. */
  inFlightRequests: number;
  cacheHits: number;
  cacheMisses: number;
  /** Hits over lookups; 0 before the first lookup. */
  cacheHitRatio: number;
  /** Lookups of the chunks of long inputs (each chunk of a long input is cached on its own). */
  chunkCacheHits: number;
  chunkCacheMisses: number;
  /** Every cache tier, fastest first, with its circuit breaker's state. */
  cacheTiers: Array<{ name: string; state: CircuitState; consecutiveFailures: number }>;
  /** Inputs remembered in compiled form, and how often one was reused. */
  precompiled: { entries: number; hits: number; misses: number };
};

export type Synthesizer = {
  synthesize(request: SynthesisRequest): Promise<SynthesisResult>;
  /**
   * The key `synthesize(request)` caches its result under (with the first
   * engine), without synthesizing: to check storage or take a lock before
   * work starts. Same parsing and errors as `synthesize`.
   */
  keyOf(request: SynthesisRequest): string;
  /** Audio parts as they are produced, in order; see `SynthesisStream`. */
  stream(request: SynthesisRequest): SynthesisStream;
  /** Text in while it arrives (e.g. LLM tokens), audio out in order; see `TextSynthesisStream`. */
  streamText(options?: TextStreamOptions): TextSynthesisStream;
  voices(): Promise<VoiceV1[]>;
  on: SynthesisEventEmitter['on'];
  stats(): SynthesizerStats;
  /** Waits for running work, then releases the caches. */
  dispose(): Promise<void>;
};

export function createSynthesizer(options: SynthesizerOptions): Synthesizer {
  const inputs = Array.isArray(options.engine)
    ? options.engine
    : [options.engine as EngineInput];
  if (inputs.length === 0 || inputs.some((input) => input == null)) {
    throw new InvalidArgumentError({
      argument: 'engine',
      message:
        '[ttskit] createSynthesizer needs at least one engine, e.g. { engine: espeak() }',
    });
  }
  const concurrency = options.concurrency ?? 4;
  if (!(Number.isInteger(concurrency) && concurrency > 0)) {
    throw new InvalidArgumentError({
      argument: 'concurrency',
      message: '[ttskit] concurrency must be a positive integer',
    });
  }
  if (
    options.chunkMax !== undefined &&
    !(Number.isInteger(options.chunkMax) && options.chunkMax >= 50)
  ) {
    throw new InvalidArgumentError({
      argument: 'chunkMax',
      message: '[ttskit] chunkMax must be an integer of at least 50 (engine input units)',
    });
  }
  const slots = inputs.map((input) => new EngineSlot(input));
  const now =
    options._internal?.now ?? (() => performance.timeOrigin + performance.now());
  const events = new SynthesisEventEmitter();
  if (options.onEvent) events.on('*', options.onEvent);
  const emit = (event: SynthesisEvent) => events.emit(event);
  const caches = new CacheTiers({
    memoryCache: options.memoryCache,
    cache: options.cache,
    timeoutMs: options.cacheTimeoutMs ?? 1_000,
    ttlMs: options.cacheTtlMs,
    circuitBreaker: options.cacheCircuitBreaker,
    emit,
    now,
  });
  const queue = new PQueue({ concurrency });
  const flights = new SingleFlight<{ produced: ProducedAudio; cached: boolean }>();
  const retry = resolveRetrySettings(options.retry);
  const limits = options.limits ?? {};
  const stitch = resolveStitchSettings(options.stitch);
  const precompiled = new PrecompiledInputs(
    options.precompile === false ? { maxEntries: 0 } : options.precompile,
  );
  let requestCounter = 0;

  function wholeKeyOf(parts: {
    canonicalInput: string;
    format: OutputFormat;
    request: SynthesisRequest;
    engine: EngineAttempt['engine'];
  }): string {
    const { engine, request } = parts;
    return computeRequestKey({
      canonicalInput: parts.canonicalInput,
      engine: engine.engine,
      specificationVersion: engine.specificationVersion,
      voice: engine.voice,
      format: parts.format,
      sampleRate: request.sampleRate,
      language: request.language,
      engineOptions: request.engineOptions,
    });
  }

  function keyOf(request: SynthesisRequest): string {
    const { canonicalInput, format } = parseSynthesisRequest({
      request,
      limits,
      precompiled,
    });
    const engine = (slots[0] as EngineSlot).resolve(request.voice);
    return wholeKeyOf({ canonicalInput, format, request, engine });
  }

  function synthesize(request: SynthesisRequest): Promise<SynthesisResult> {
    return run(request, { retainAudio: true });
  }

  /**
   * One request. `retainAudio: false` (streams) delivers long audio only
   * through `onChunk`, keeping none of it, so memory stays bounded.
   */
  async function run(
    request: SynthesisRequest,
    mode: { retainAudio: boolean },
  ): Promise<SynthesisResult> {
    const startedAt = now();
    const requestId = request.requestId ?? `req_${(++requestCounter).toString(36)}`;
    let key: string | undefined;
    try {
      const { document, canonicalInput, format } = parseSynthesisRequest({
        request,
        limits,
        precompiled,
      });
      const keyFor = (engine: EngineAttempt['engine']) =>
        wholeKeyOf({ canonicalInput, format, request, engine });
      const attempts: EngineAttempt[] = slots.map((slot, index) => {
        const engine = slot.resolve(index === 0 ? request.voice : undefined);
        return { engine, key: () => keyFor(engine) };
      });
      const primary = attempts[0] as EngineAttempt;
      // strict lowering is checked before the cache: a hit must not hide a loss
      if (request.strictSsml)
        lowerForEngine({ document, engine: primary.engine, strict: true });
      const requestKey = primary.key();
      key = requestKey;
      emit({
        type: 'request-start',
        requestId,
        key: requestKey,
        engine: primary.engine.engine,
        voice: primary.engine.voice,
        timestamp: startedAt,
      });
      const warnings: Warning[] = [];
      const { promise, shared } = flights.run({
        // a stream keeps no audio, so it never shares a flight with a request that needs it
        key: mode.retainAudio ? requestKey : `${requestKey}#stream`,
        ...(request.signal ? { signal: request.signal } : {}),
        execute: async (signal) => {
          const hit =
            request.cache === false
              ? undefined
              : await caches.lookup({
                  key: requestKey,
                  requestId,
                  warnings,
                  share: request.shareAudio,
                });
          if (hit) return { produced: hit, cached: true };
          const { produced, attempt } = await synthesizeWithEngines({
            context: {
              queue,
              retry,
              emit,
              now,
              ...options._internal,
              chunking: {
                stitch,
                streamingChunkMax: options.streamingChunkMax ?? 300,
                chunkMax: options.chunkMax,
                store: caches.chunkStore({ warnings, requestId }),
                keyFor: (engine, canonicalChunk) =>
                  computeRequestKey({
                    canonicalInput: canonicalChunk,
                    engine: engine.engine,
                    specificationVersion: engine.specificationVersion,
                    voice: engine.voice,
                    format: 'pcm-chunk',
                    sampleRate: undefined,
                    language: request.language,
                    engineOptions: request.engineOptions,
                  }),
              },
            },
            retainAudio: mode.retainAudio,
            ...(request.onChunk
              ? {
                  onChunk: (chunk: ChunkAudio) =>
                    request.onChunk?.({
                      ...chunk,
                      words: wordsToSource({
                        words: chunk.words,
                        plain: plainTextOf(document),
                      }),
                    }),
                }
              : {}),
            attempts,
            document,
            request,
            format,
            requestId,
            signal,
          });
          // audio streamed in chunks and not kept has no whole entry (its chunks are cached)
          if (produced.data.byteLength > 0)
            await caches.store({
              key: attempt === primary ? requestKey : attempt.key(),
              produced,
              warnings,
            });
          return { produced, cached: false };
        },
      });
      if (shared)
        emit({
          type: 'single-flight-join',
          requestId,
          key: requestKey,
          timestamp: now(),
        });
      const { produced, cached } = await promise;
      const words =
        produced.words.length === 0
          ? []
          : wordsToSource({ words: produced.words, plain: plainTextOf(document) });
      const result: SynthesisResult = {
        // a cache hit's bytes are already the caller's (CacheStoreV1.get); only
        // requests that joined another's flight share them, so they get copies
        // (unless the caller asked for shared, read-only audio)
        audio: shared && !request.shareAudio ? produced.data.slice() : produced.data,
        format: produced.format,
        sampleRate: produced.sampleRate,
        durationMs: produced.durationMs,
        words,
        marks: produced.marks.map((mark) => ({ ...mark })),
        warnings: [...produced.warnings, ...(shared ? [] : warnings)],
        key: requestKey,
        cached,
        engine: produced.engine,
        voice: produced.voice,
      };
      emit({
        type: 'request-end',
        requestId,
        key: requestKey,
        durationMs: now() - startedAt,
        cached,
        shared,
        engine: result.engine,
        voice: result.voice,
        audioDurationMs: result.durationMs,
        timestamp: now(),
      });
      return result;
    } catch (error) {
      emit({
        type: 'request-error',
        requestId,
        ...(key ? { key } : {}),
        durationMs: now() - startedAt,
        error,
        timestamp: now(),
      });
      throw error;
    }
  }

  return {
    synthesize,
    keyOf,
    stream: (request) =>
      streamSynthesis({
        synthesize: (streamed) => run(streamed, { retainAudio: false }),
        request,
      }),
    streamText: (settings = {}) => streamText({ synthesize, settings }),
    on: events.on.bind(events),
    async voices() {
      const lists = await Promise.all(slots.map((slot) => slot.voices()));
      return lists.flat();
    },
    stats() {
      const { hits: cacheHits, misses: cacheMisses } = caches.requestCounts;
      const lookups = cacheHits + cacheMisses;
      return {
        concurrency,
        activeEngineCalls: queue.pending,
        queuedEngineCalls: queue.size,
        inFlightRequests: flights.size,
        cacheHits,
        cacheMisses,
        cacheHitRatio: lookups === 0 ? 0 : cacheHits / lookups,
        chunkCacheHits: caches.chunkCounts.hits,
        chunkCacheMisses: caches.chunkCounts.misses,
        cacheTiers: caches.states(),
        precompiled: precompiled.stats(),
      };
    },
    async dispose() {
      await queue.onIdle();
      await caches.dispose();
    },
  };
}
