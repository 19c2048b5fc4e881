/**
 * One request's abort signal: fires when a caller signal fires or when
 * `timeoutMs` passes without `refresh()` (streams refresh on every chunk,
 * so the timeout bounds silence, not the length of the audio).
 */
export class RequestDeadline {
  readonly signal: AbortSignal;
  private readonly controller = new AbortController();
  private readonly listeners: Array<() => void> = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private expired = false;

  constructor(
    private readonly options: {
      timeoutMs: number;
      signals: ReadonlyArray<AbortSignal | undefined>;
    },
  ) {
    this.signal = this.controller.signal;
    for (const signal of options.signals) {
      if (signal === undefined) continue;
      if (signal.aborted) {
        this.controller.abort(signal.reason);
        break;
      }
      const onAbort = () => this.controller.abort(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      this.listeners.push(() => signal.removeEventListener('abort', onAbort));
    }
    this.refresh();
  }

  /** True once the timer fired (as opposed to a caller abort). */
  get timedOut(): boolean {
    return this.expired;
  }

  /** Restarts the timer. */
  refresh(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    if (this.signal.aborted || !Number.isFinite(this.options.timeoutMs)) return;
    this.timer = setTimeout(() => {
      this.expired = true;
      this.controller.abort(
        new DOMException(`timed out after ${this.options.timeoutMs} ms`, 'TimeoutError'),
      );
    }, this.options.timeoutMs);
    this.timer.unref?.();
  }

  /** Stops the timer and detaches from the caller signals. */
  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    for (const remove of this.listeners.splice(0)) remove();
  }
}
