import type { AudioFormat } from './audio-format';

export type JsonValue =
  | null
  | string
  | number
  | boolean
  | JsonValue[]
  | { [key: string]: JsonValue | undefined };

export type EngineV1CallOptions = {
  /** The input already lowered to the engine's dialect (SSML or plain text). */
  input: string;
  /** Whether `input` is SSML markup or plain text. */
  inputType: 'ssml' | 'text';
  /** Preferred output. Engines may return PCM instead; core encodes. */
  format: AudioFormat;
  /** Preferred sample rate; core resamples when the engine cannot honour it. */
  sampleRate?: number;
  /**
   * Speaking-rate multiplier (1 is the voice's own rate). Core sends it only
   * to engines that declare `capabilities.speed`, within its range: it is
   * how a `prosody rate` reaches engines without SSML.
   */
  speed?: number;
  /** BCP-47 language of the request, when the caller gave one. */
  language?: string;
  /** Engine-specific options keyed by engine id (`{ espeak: { rate: 200 } }`). */
  engineOptions?: Record<string, Record<string, JsonValue | undefined>>;
  abortSignal?: AbortSignal;
  /** Extra HTTP headers for engines that speak HTTP. */
  headers?: Record<string, string>;
};
