import { InvalidArgumentError } from '@ttskit/core/spec';
import type { OnnxPhonemizer } from './phonemizer';
import type { UnknownPhonemePolicy } from './synthesis-plan';

export type OnnxEngineSettings = {
  /** Where voices are. Default: `defaultVoicesDir()` (`$TTSKIT_VOICES_DIR`, else `~/.local/share/ttskit/voices`). */
  voicesDir?: string;
  /** Voice for `onnx()` without an argument. Default: the first voice found. */
  defaultVoice?: string;
  /**
   * Text → IPA. Default: `espeak` from `@ttskit/engine-espeak` (GPL-3.0),
   * sharing its workers. Pass your own to keep GPL code out.
   */
  phonemizer?: OnnxPhonemizer;
  /** Inference workers (threads): the most inferences running at once. Default 1. */
  workers?: number;
  /** onnxruntime intra-op threads per worker. Default: cores / workers. */
  threadsPerWorker?: number;
  /** onnxruntime execution providers. Default `['cpu']`. */
  executionProviders?: string[];
  /** Silence between sentences, in ms. Default 200. */
  sentenceSilenceMs?: number;
  /** A phoneme the voice has no id for: skipped with a warning, or an `OnnxVoiceError`. Default `warn`. */
  unknownPhonemes?: UnknownPhonemePolicy;
  /** Workers idle this long are terminated, releasing their sessions (ms). Default 60 000; `Infinity` keeps them. */
  idleTimeoutMs?: number;
};

function invalid(argument: string, message: string): InvalidArgumentError {
  return new InvalidArgumentError({
    argument: `settings.${argument}`,
    message: `[ttskit] [engine-onnx] settings.${argument} ${message}`,
  });
}

function integer(options: {
  name: string;
  value: number | undefined;
  fallback: number;
}): number {
  const { name, value, fallback } = options;
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1 || value > 64)
    throw invalid(name, `must be an integer from 1 to 64, got ${value}`);
  return value;
}

function nonNegative(options: {
  name: string;
  value: number | undefined;
  fallback: number;
}): number {
  const { name, value, fallback } = options;
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0)
    throw invalid(name, `must be a number >= 0, got ${value}`);
  return value;
}

/** Validates the settings and fills in defaults. */
export function resolveSettings(settings: OnnxEngineSettings, cores: number) {
  const workers = integer({ name: 'workers', value: settings.workers, fallback: 1 });
  const unknownPhonemes = settings.unknownPhonemes ?? 'warn';
  if (unknownPhonemes !== 'warn' && unknownPhonemes !== 'error')
    throw invalid(
      'unknownPhonemes',
      `must be "warn" or "error", got ${JSON.stringify(unknownPhonemes)}`,
    );
  const sentenceSilenceMs = nonNegative({
    name: 'sentenceSilenceMs',
    value: settings.sentenceSilenceMs,
    fallback: 200,
  });
  if (!Number.isFinite(sentenceSilenceMs))
    throw invalid('sentenceSilenceMs', 'must be finite');
  return {
    workers,
    threadsPerWorker: integer({
      name: 'threadsPerWorker',
      value: settings.threadsPerWorker,
      fallback: Math.max(1, Math.floor(cores / workers)),
    }),
    executionProviders: settings.executionProviders ?? ['cpu'],
    sentenceSilenceMs,
    unknownPhonemes,
    idleTimeoutMs: nonNegative({
      name: 'idleTimeoutMs',
      value: settings.idleTimeoutMs,
      fallback: 60_000,
    }),
  };
}
