import type { AudioFormat } from './audio-format';

/**
 * How an engine counts the size of its input:
 * - `utf8-bytes`: UTF-8 bytes of the request body text, tags included (Google);
 * - `utf16`: JavaScript string length;
 * - `billed-chars`: characters of spoken text, tags excluded (Polly).
 */
export type InputSizeUnit = 'utf8-bytes' | 'utf16' | 'billed-chars';

/** One input limit: at most `max` in `unit`. */
export type InputLimitV1 = { unit: InputSizeUnit; max: number };

export type EngineV1Capabilities = {
  /**
   * The SSML dialect the engine accepts (`@ttskit/ssml` serializer name).
   * `text` means plain text only; core lowers SSML before calling.
   */
  ssml: { dialect: string };
  /**
   * Largest single input, in the engine's own unit, or several limits that
   * must all hold (Polly: 3 000 billed and 6 000 total characters). Core
   * chunks above it.
   */
  maxInput: InputLimitV1 | readonly InputLimitV1[];
  /** Output the engine can produce natively; core converts the rest. */
  formats: ReadonlyArray<{ format: AudioFormat; sampleRates: readonly number[] }>;
  /** `doStream` is implemented and yields audio before synthesis ends. */
  streaming: boolean;
  /**
   * `false` when `doStream` yields no word timings although `doSynthesize`
   * does (Speechify's stream endpoint): core then does not stream just to
   * report progress. Default true.
   */
  streamWordTimings?: boolean;
  /** Word timings: none, real (from the engine) or estimated. */
  wordTimings: 'none' | 'real' | 'estimated';
  /** `mark` elements come back as timed marks. */
  marks: boolean;
  /** The engine honours `speed` in this range of multipliers (absent: it ignores it). */
  speed?: { min: number; max: number };
};
