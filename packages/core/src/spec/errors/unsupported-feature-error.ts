import { TtsError } from './tts-error';

const name = 'TTS_UnsupportedFeatureError';
const marker = `ttskit.error.${name}`;
const symbol = Symbol.for(marker);

/** A feature that cannot be degraded safely was requested. */
export class UnsupportedFeatureError extends TtsError {
  protected readonly [symbol] = true;
  readonly feature: string;

  constructor(options: { message: string; cause?: unknown; feature: string }) {
    super({ name, message: options.message, cause: options.cause });
    this.feature = options.feature;
  }

  static override isInstance(error: unknown): error is UnsupportedFeatureError {
    return TtsError.hasMarker(error, marker);
  }
}
