import { TtsError } from './tts-error';

const name = 'TTS_AbortError';
const marker = `ttskit.error.${name}`;
const symbol = Symbol.for(marker);

/** The caller aborted the request through its signal. */
export class AbortError extends TtsError {
  protected readonly [symbol] = true;

  constructor(options: { message: string; cause?: unknown }) {
    super({ name, message: options.message, cause: options.cause });
  }

  static override isInstance(error: unknown): error is AbortError {
    return TtsError.hasMarker(error, marker);
  }
}
