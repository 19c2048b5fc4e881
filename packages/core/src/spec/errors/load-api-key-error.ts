import { TtsError } from './tts-error';

const name = 'TTS_LoadApiKeyError';
const marker = `ttskit.error.${name}`;
const symbol = Symbol.for(marker);

/** An API key was neither passed nor found in its environment variable. */
export class LoadApiKeyError extends TtsError {
  protected readonly [symbol] = true;
  /** The environment variable that was looked up. */
  readonly environmentVariableName: string | undefined;

  constructor(options: {
    message: string;
    cause?: unknown;
    environmentVariableName?: string;
  }) {
    super({ name, message: options.message, cause: options.cause });
    this.environmentVariableName = options.environmentVariableName;
  }

  static override isInstance(error: unknown): error is LoadApiKeyError {
    return TtsError.hasMarker(error, marker);
  }
}
