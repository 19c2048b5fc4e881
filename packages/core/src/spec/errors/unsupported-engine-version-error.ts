import { TtsError } from './tts-error';

const name = 'TTS_UnsupportedEngineVersionError';
const marker = `ttskit.error.${name}`;
const symbol = Symbol.for(marker);

/** An engine implements a specification version this core does not know. */
export class UnsupportedEngineVersionError extends TtsError {
  protected readonly [symbol] = true;
  readonly specificationVersion: string;

  constructor(options: {
    message: string;
    cause?: unknown;
    specificationVersion: string;
  }) {
    super({ name, message: options.message, cause: options.cause });
    this.specificationVersion = options.specificationVersion;
  }

  static override isInstance(error: unknown): error is UnsupportedEngineVersionError {
    return TtsError.hasMarker(error, marker);
  }
}
