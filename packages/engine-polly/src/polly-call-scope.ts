import { EngineCallError, TtsError } from '@ttskit/core/spec';
import { abortError, ENGINE_ID, MESSAGE_PREFIX } from './polly-errors';
import { toPollyEngineError } from './to-polly-engine-error';

/**
 * The lifetime of one engine call (one or two Polly requests and their
 * bodies): aborted by the caller's signal, by its own timeout, or by
 * `stop()` (a failed sibling request, a cancelled stream). Errors leave it
 * through `toError`, which says which of those it was.
 */
export class PollyCallScope {
  private readonly controller = new AbortController();
  private readonly timer: ReturnType<typeof setTimeout> | undefined;
  private readonly onCallerAbort: () => void;
  private timedOut = false;

  constructor(
    private readonly options: {
      callerSignal: AbortSignal | undefined;
      timeoutMs: number;
      operation: string;
    },
  ) {
    const { callerSignal, timeoutMs } = options;
    this.onCallerAbort = () => this.controller.abort(callerSignal?.reason);
    if (callerSignal?.aborted) this.controller.abort(callerSignal.reason);
    callerSignal?.addEventListener('abort', this.onCallerAbort, { once: true });
    if (Number.isFinite(timeoutMs)) {
      this.timer = setTimeout(() => {
        this.timedOut = true;
        this.controller.abort(new Error(`timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      this.timer.unref?.();
    }
  }

  /** Aborts the requests of this call. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  stop(reason?: unknown): void {
    this.controller.abort(reason);
  }

  /** Throws (the abort or timeout error) when the call has been stopped. */
  throwIfStopped(): void {
    if (this.controller.signal.aborted) throw this.toError(this.controller.signal.reason);
  }

  /** The error a failure of this call is reported as. */
  toError(error: unknown): Error {
    const { callerSignal, timeoutMs, operation } = this.options;
    if (TtsError.isInstance(error)) return error;
    if (callerSignal?.aborted) return abortError(callerSignal);
    if (this.timedOut) {
      return new EngineCallError({
        engine: ENGINE_ID,
        message: `${MESSAGE_PREFIX} Polly ${operation} timed out after ${timeoutMs} ms (settings.timeoutMs)`,
        isRetryable: true,
        cause: error,
      });
    }
    return toPollyEngineError({ error, operation });
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.options.callerSignal?.removeEventListener('abort', this.onCallerAbort);
  }
}
