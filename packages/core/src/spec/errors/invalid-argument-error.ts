import { TtsError } from './tts-error';

const name = 'TTS_InvalidArgumentError';
const marker = `ttskit.error.${name}`;
const symbol = Symbol.for(marker);

/** An argument is missing, malformed or out of range. */
export class InvalidArgumentError extends TtsError {
  protected readonly [symbol] = true;
  /** The argument at fault, e.g. `request.format`. */
  readonly argument: string;

  constructor(options: { message: string; cause?: unknown; argument: string }) {
    super({ name, message: options.message, cause: options.cause });
    this.argument = options.argument;
  }

  static override isInstance(error: unknown): error is InvalidArgumentError {
    return TtsError.hasMarker(error, marker);
  }
}
