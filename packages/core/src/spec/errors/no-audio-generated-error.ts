import { TtsError } from './tts-error';

const name = 'TTS_NoAudioGeneratedError';
const marker = `ttskit.error.${name}`;
const symbol = Symbol.for(marker);

/** The engine answered but produced no audio. */
export class NoAudioGeneratedError extends TtsError {
  protected readonly [symbol] = true;

  constructor(options: { message: string; cause?: unknown }) {
    super({ name, message: options.message, cause: options.cause });
  }

  static override isInstance(error: unknown): error is NoAudioGeneratedError {
    return TtsError.hasMarker(error, marker);
  }
}
