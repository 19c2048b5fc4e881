import { TtsError } from './tts-error';

const name = 'TTS_CacheError';
const marker = `ttskit.error.${name}`;
const symbol = Symbol.for(marker);

/** A cache store failed. The pipeline reports it and carries on. */
export class CacheError extends TtsError {
  protected readonly [symbol] = true;
  readonly store: string;
  readonly operation: string;

  constructor(options: {
    message: string;
    cause?: unknown;
    store: string;
    operation: string;
  }) {
    super({ name, message: options.message, cause: options.cause });
    this.store = options.store;
    this.operation = options.operation;
  }

  static override isInstance(error: unknown): error is CacheError {
    return TtsError.hasMarker(error, marker);
  }
}
