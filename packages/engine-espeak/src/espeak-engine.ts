import { availableParallelism } from 'node:os';
import {
  type EngineProviderV1,
  type EngineV1,
  InvalidArgumentError,
  type VoiceV1,
} from '@ttskit/core/spec';
import { EspeakEngineModel } from './espeak-engine-model';
import { checkParameter } from './espeak-engine-options';
import { type EspeakVoiceId, listEspeakVoices, resolveVoice } from './espeak-voices';
import { EspeakWorkerPool } from './espeak-worker-pool';

export type EspeakEngineSettings = {
  /**
   * Most synthesis workers (threads, each with its own espeak instance).
   * Started on demand. Default: `os.availableParallelism()`, at most 4.
   */
  workers?: number;
  /** Voice for `espeak()` without an argument. Default `en-us`. */
  defaultVoice?: EspeakVoiceId | (string & {});
  /** Words per minute, 80–450. Default 175. */
  rate?: number;
  /** Base pitch, 0–100. Default 50. */
  pitch?: number;
  /** Amplitude, 0–200. Default 100. */
  volume?: number;
  /**
   * Run warm-up utterances while a worker is idle, so later requests are
   * fast (the glue is JIT-compiled JavaScript). A request interrupts them
   * within one audio block. Default true.
   */
  warmUp?: boolean;
  /**
   * Terminate a worker after this long without work (ms). Default 30 000;
   * `Infinity` keeps workers. Idle workers never keep the process alive.
   */
  idleTimeoutMs?: number;
};

export type EspeakPhonemizeOptions = {
  /** Voice (language) to phonemize with, as for `provider(voice)`. Default: the provider's default voice. */
  voice?: EspeakVoiceId | (string & {});
  abortSignal?: AbortSignal;
};

export type EspeakEngineProvider = EngineProviderV1 & {
  (voice?: EspeakVoiceId | (string & {})): EngineV1;
  voice(voice: EspeakVoiceId | (string & {})): EngineV1;
  /**
   * espeak-ng's IPA for each text, on the same workers that synthesize (so
   * espeak is loaded once): per text, its clauses (espeak splits at
   * punctuation), each one string of words separated by single spaces, the
   * phonemes of a word not separated, e.g. `[['həlˈoʊ wˈɜːld', 'hˈaʊ ɑːɹ juː']]`
   * for `['Hello world, how are you?']`. Punctuation is dropped. This is the
   * form Piper voices are trained on (`@ttskit/engine-onnx` uses it).
   */
  phonemize(
    texts: readonly string[],
    options?: EspeakPhonemizeOptions,
  ): Promise<string[][]>;
  /** Terminates the workers. The provider stays usable and restarts them on demand. */
  dispose(): Promise<void>;
};

const MAX_DEFAULT_WORKERS = 4;

function positiveInteger(value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1 || value > 64) {
    throw new InvalidArgumentError({
      argument: 'settings.workers',
      message: `[ttskit] [engine-espeak] settings.workers must be an integer from 1 to 64, got ${value}`,
    });
  }
  return value;
}

function idleTimeout(value: number | undefined): number {
  if (value === undefined) return 30_000;
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
    throw new InvalidArgumentError({
      argument: 'settings.idleTimeoutMs',
      message: `[ttskit] [engine-espeak] settings.idleTimeoutMs must be a number >= 0 (or Infinity), got ${value}`,
    });
  }
  return value;
}

/**
 * Creates the eSpeak NG engine provider: `provider('en-us')` is an `EngineV1`.
 * Nothing starts until the first synthesis; voices are resolved (and unknown
 * ones rejected) when the engine is created.
 */
export function createEspeakEngine(
  settings: EspeakEngineSettings = {},
): EspeakEngineProvider {
  const defaults = {
    rate:
      checkParameter({ name: 'rate', value: settings.rate, where: 'settings.rate' }) ??
      175,
    pitch:
      checkParameter({ name: 'pitch', value: settings.pitch, where: 'settings.pitch' }) ??
      50,
    volume:
      checkParameter({
        name: 'volume',
        value: settings.volume,
        where: 'settings.volume',
      }) ?? 100,
  };
  const pool = new EspeakWorkerPool({
    size: positiveInteger(
      settings.workers,
      Math.min(availableParallelism(), MAX_DEFAULT_WORKERS),
    ),
    warmUp: settings.warmUp ?? true,
    idleTimeoutMs: idleTimeout(settings.idleTimeoutMs),
  });
  const defaultVoice = resolveVoice(settings.defaultVoice ?? 'en-us').id;

  const createModel = (voice?: string): EngineV1 =>
    new EspeakEngineModel({ pool, voice: resolveVoice(voice ?? defaultVoice), defaults });

  const provider = Object.assign((voice?: string) => createModel(voice), {
    engine: 'espeak',
    defaultVoice,
    voice: (voice: string) => createModel(voice),
    voices: async (): Promise<VoiceV1[]> => listEspeakVoices(),
    phonemize: async (texts: readonly string[], options: EspeakPhonemizeOptions = {}) => {
      const voice = resolveVoice(options.voice ?? defaultVoice).voice.identifier;
      return pool.phonemize({
        texts,
        voice,
        ...(options.abortSignal ? { abortSignal: options.abortSignal } : {}),
      });
    },
    dispose: () => pool.dispose(),
  });
  return provider as EspeakEngineProvider;
}

/** The default provider: `espeak('en-us')`. Its workers start on first use. */
export const espeak: EspeakEngineProvider = createEspeakEngine();
