import { TtsError } from '@ttskit/core/spec';

const name = 'TTS_VoiceDownloadError';
const marker = `ttskit.error.${name}`;
const symbol = Symbol.for(marker);

export type VoiceDownloadErrorReason =
  /** The server answered with an error status. */
  | 'http'
  /** The connection failed or broke off. */
  | 'network'
  /** The downloaded bytes do not have the expected SHA-256. */
  | 'checksum';

/**
 * `downloadVoice` failed. `file` is where the voice was to be written; a
 * corrupt download is deleted, an interrupted one is kept as `file.part`
 * so the next call resumes it.
 */
export class VoiceDownloadError extends TtsError {
  protected readonly [symbol] = true;
  readonly url: string;
  readonly file: string;
  readonly reason: VoiceDownloadErrorReason;
  readonly statusCode: number | undefined;

  constructor(options: {
    message: string;
    url: string;
    file: string;
    reason: VoiceDownloadErrorReason;
    statusCode?: number;
    cause?: unknown;
  }) {
    super({ name, message: options.message, cause: options.cause });
    this.url = options.url;
    this.file = options.file;
    this.reason = options.reason;
    this.statusCode = options.statusCode;
  }

  static override isInstance(error: unknown): error is VoiceDownloadError {
    return TtsError.hasMarker(error, marker);
  }
}
