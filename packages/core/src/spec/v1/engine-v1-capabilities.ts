import type { AudioFormat } from './audio-format';

/**
 * How an engine counts the size of its input:
 * - `utf8-bytes`: UTF-8 bytes of the request body text, tags included (Google);
 * - `utf16`: JavaScript string length;
 * - `billed-chars`: characters of spoken text, tags excluded (Polly).
 */
export type InputSizeUnit = 'utf8-bytes' | 'utf16' | 'billed-chars';

export type EngineV1Capabilities = {
  /**
   * The SSML dialect the engine accepts (`@ttskit/ssml` serializer name).
   * `text` means plain text only; core lowers SSML before calling.
   */
  ssml: { dialect: string };
  /** Largest single input, in the engine's own unit. Core chunks above it. */
  maxInput: { unit: InputSizeUnit; max: number };
  /** Output the engine can produce natively; core converts the rest. */
  formats: ReadonlyArray<{ format: AudioFormat; sampleRates: readonly number[] }>;
  /** `doStream` is implemented and yields audio before synthesis ends. */
  streaming: boolean;
  /** Word timings: none, real (from the engine) or estimated. */
  wordTimings: 'none' | 'real' | 'estimated';
  /** `mark` elements come back as timed marks. */
  marks: boolean;
  /** The engine honours `speed` in this range of multipliers (absent: it ignores it). */
  speed?: { min: number; max: number };
};
