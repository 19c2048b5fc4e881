import { canonicalizeSsml, parseSsml, textToSsmlDocument } from '@ttskit/ssml';
import { InvalidArgumentError } from '../spec/errors/invalid-argument-error';
import type { JsonValue } from '../spec/v1/engine-v1-call-options';
import type { Warning } from '../spec/v1/warning';
import type { SynthesisProgress } from './call-engine';
import { normalizeDocument } from './normalize-document';
import type { CompiledInput, PrecompiledInputs } from './precompiled-inputs';
import type { ChunkAudio } from './synthesize-chunked';

/** A piece of a request's audio, delivered in order while the rest is produced. */
export type AudioChunk = Omit<ChunkAudio, 'words'> & {
  /** Words of this piece, timed from the start of the whole audio, with source offsets. */
  words: WordTiming[];
};

/** Formats `synthesize` returns. */
export type OutputFormat = 'wav' | 'pcm' | 'mp3';

const outputFormats: ReadonlySet<string> = new Set<OutputFormat>(['wav', 'pcm', 'mp3']);

type SynthesisInput =
  | { text: string; ssml?: undefined }
  | { ssml: string; text?: undefined };

export type SynthesisRequest = SynthesisInput & {
  /** Voice of the primary engine; fallback engines use their own default voice. */
  voice?: string;
  /** Default `wav`. `pcm` is raw signed 16-bit little-endian mono. */
  format?: OutputFormat;
  /** Output sample rate; the engine's own rate when absent. */
  sampleRate?: number;
  /** BCP-47 language hint passed to the engine. */
  language?: string;
  /** Engine-specific options keyed by engine id: `{ espeak: { pitch: 60 } }`. */
  engineOptions?: Record<string, Record<string, JsonValue | undefined>>;
  signal?: AbortSignal;
  /** Called as audio is produced (when the engine streams). */
  onProgress?: (progress: SynthesisProgress) => void;
  /**
   * Called with each piece of audio, in order, as soon as it and the pieces
   * before it are ready. With it, an input of several sentences is spoken
   * in small chunks (see `streamingChunkMax`) so the first plays early.
   * Returning a promise holds back the next piece until it settles.
   */
  onChunk?: (chunk: AudioChunk) => void | Promise<void>;
  /**
   * Refuse to lose anything: when the engine cannot take an element or value
   * as written (it would be dropped or clamped), throw `SsmlLoweringError`
   * instead of synthesizing with a warning. Default false.
   */
  strictSsml?: boolean;
  /**
   * Your id for this request (an HTTP request id, a job id): its events carry
   * it, so logs and traces line up. Default: a generated `req_…`.
   */
  requestId?: string;
  /** `false` skips the cache lookup (the result is still stored). Default true. */
  cache?: boolean;
  /**
   * `true`: the result's `audio` may be the in-memory cache's own bytes, or
   * shared with concurrent identical requests, so it must be read and never
   * changed. Saves a copy of the whole audio on every memory hit: for
   * servers that only send the bytes on. Default false (the audio is yours).
   */
  shareAudio?: boolean;
};

/** A spoken word with offsets into the caller's original text or SSML. */
export type WordTiming = {
  text: string;
  startMs: number;
  endMs: number;
  sourceStart: number;
  sourceEnd: number;
};

export type MarkTiming = { name: string; timeMs: number };

export type SynthesisResult = {
  audio: Uint8Array;
  format: OutputFormat;
  sampleRate: number;
  durationMs: number;
  words: WordTiming[];
  marks: MarkTiming[];
  warnings: Warning[];
  /** The request key (sha256 hex) the audio is cached under. */
  key: string;
  cached: boolean;
  /** Engine and voice that produced the audio (a fallback's when one served it). */
  engine: string;
  voice: string;
};

export type InputLimits = {
  /** Longest accepted text or SSML, in UTF-16 units. Default 1 000 000. */
  maxInputLength?: number;
  /** Deepest SSML element nesting. Default 64. */
  maxDepth?: number;
  /** Most SSML nodes in one document. Default 100 000. */
  maxNodes?: number;
};

function invalid(argument: string, message: string): InvalidArgumentError {
  return new InvalidArgumentError({ argument, message: `[ttskit] ${message}` });
}

/**
 * Checks a request's shape and compiles its input: parsed, normalized and
 * canonicalized, or taken from `precompiled` when the same input was seen.
 */
export function parseSynthesisRequest(options: {
  request: SynthesisRequest;
  limits: InputLimits;
  precompiled?: PrecompiledInputs;
}): CompiledInput & { format: OutputFormat } {
  const { request, limits } = options;
  if (request === null || typeof request !== 'object') {
    throw invalid('request', 'synthesize() takes an object: { text } or { ssml }');
  }
  const hasText = request.text !== undefined;
  const hasSsml = request.ssml !== undefined;
  if (hasText === hasSsml) {
    throw invalid('request', 'pass exactly one of `text` and `ssml`');
  }
  const input = hasText ? request.text : request.ssml;
  if (typeof input !== 'string') {
    throw invalid(
      hasText ? 'request.text' : 'request.ssml',
      'the input must be a string',
    );
  }
  const format = request.format ?? 'wav';
  if (!outputFormats.has(format)) {
    throw invalid(
      'request.format',
      `unknown format "${String(format)}"; use wav, pcm or mp3`,
    );
  }
  const rate = request.sampleRate;
  if (
    rate !== undefined &&
    !(Number.isInteger(rate) && rate >= 8000 && rate <= 192_000)
  ) {
    throw invalid(
      'request.sampleRate',
      `sampleRate must be an integer from 8000 to 192000, got ${rate}`,
    );
  }
  if (
    request.voice !== undefined &&
    (typeof request.voice !== 'string' || request.voice === '')
  ) {
    throw invalid('request.voice', 'voice must be a non-empty string');
  }
  if (
    request.language !== undefined &&
    !/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(request.language)
  ) {
    throw invalid(
      'request.language',
      `"${request.language}" is not a BCP-47 language tag`,
    );
  }
  const maxInputLength = limits.maxInputLength ?? 1_000_000;
  if (input.length > maxInputLength) {
    throw invalid(
      hasText ? 'request.text' : 'request.ssml',
      `the input is ${input.length} characters, above the limit of ${maxInputLength} (limits.maxInputLength)`,
    );
  }
  if (input.trim() === '') {
    throw invalid(hasText ? 'request.text' : 'request.ssml', 'the input is empty');
  }
  const compile = (): CompiledInput => {
    const parsed = hasText
      ? textToSsmlDocument(input)
      : parseSsml(input, {
          maxInputLength,
          ...(limits.maxDepth === undefined ? {} : { maxDepth: limits.maxDepth }),
          ...(limits.maxNodes === undefined ? {} : { maxNodes: limits.maxNodes }),
        });
    const document = normalizeDocument(parsed);
    return { document, canonicalInput: canonicalizeSsml(document) };
  };
  const compiled = options.precompiled
    ? options.precompiled.get({ kind: hasText ? 'text' : 'ssml', input, compile })
    : compile();
  return { ...compiled, format };
}
