import { TtsError } from './tts-error';

const name = 'TTS_EngineCallError';
const marker = `ttskit.error.${name}`;
const symbol = Symbol.for(marker);

/** Status codes that are worth retrying when the engine does not say. */
export function isRetryableStatusCode(statusCode: number): boolean {
  return (
    statusCode === 408 || statusCode === 409 || statusCode === 429 || statusCode >= 500
  );
}

/** A call to an engine failed (network, HTTP status, engine crash). */
export class EngineCallError extends TtsError {
  protected readonly [symbol] = true;
  readonly engine: string;
  readonly url: string | undefined;
  readonly statusCode: number | undefined;
  readonly responseBody: string | undefined;
  readonly isRetryable: boolean;
  /** How long the engine asked us to wait (`Retry-After`), if it did. */
  readonly retryAfterMs: number | undefined;

  constructor(options: {
    message: string;
    engine: string;
    url?: string;
    statusCode?: number;
    responseBody?: string;
    isRetryable?: boolean;
    retryAfterMs?: number;
    cause?: unknown;
  }) {
    super({ name, message: options.message, cause: options.cause });
    this.engine = options.engine;
    this.url = options.url;
    this.statusCode = options.statusCode;
    this.responseBody = options.responseBody;
    this.retryAfterMs = options.retryAfterMs;
    this.isRetryable =
      options.isRetryable ??
      (options.statusCode !== undefined && isRetryableStatusCode(options.statusCode));
  }

  static override isInstance(error: unknown): error is EngineCallError {
    return TtsError.hasMarker(error, marker);
  }
}
