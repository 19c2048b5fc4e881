import { TtsError } from '@ttskit/core/spec';

const name = 'TTS_OnnxVoiceError';
const marker = `ttskit.error.${name}`;
const symbol = Symbol.for(marker);

/** Why a voice cannot be used. */
export type OnnxVoiceErrorReason =
  /** A model or config file does not exist. */
  | 'missing-file'
  /** The voice config is not JSON, or lacks or mistypes a required field. */
  | 'malformed-config'
  /** The text gave a phoneme the voice has no id for (with `unknownPhonemes: 'error'`). */
  | 'unknown-phoneme'
  /** The model's inputs or outputs do not have the Piper or Kokoro signature. */
  | 'tensor-type'
  /** The model file is not an ONNX model onnxruntime can load. */
  | 'invalid-model';

/**
 * A voice's files are missing, malformed or do not fit the engine. `file`
 * names the file at fault. Not retryable: the same files fail the same way.
 */
export class OnnxVoiceError extends TtsError {
  protected readonly [symbol] = true;
  readonly file: string;
  readonly reason: OnnxVoiceErrorReason;

  constructor(options: {
    message: string;
    file: string;
    reason: OnnxVoiceErrorReason;
    cause?: unknown;
  }) {
    super({ name, message: options.message, cause: options.cause });
    this.file = options.file;
    this.reason = options.reason;
  }

  static override isInstance(error: unknown): error is OnnxVoiceError {
    return TtsError.hasMarker(error, marker);
  }
}

/** An `OnnxVoiceError` whose message starts with the package and names the file. */
export function voiceError(options: {
  file: string;
  reason: OnnxVoiceErrorReason;
  detail: string;
  cause?: unknown;
}): OnnxVoiceError {
  return new OnnxVoiceError({
    message: `[ttskit] [engine-onnx] ${options.file}: ${options.detail}`,
    file: options.file,
    reason: options.reason,
    cause: options.cause,
  });
}
