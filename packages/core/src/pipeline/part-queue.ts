/**
 * A queue that one side pushes to and the other reads with `for await`:
 * parts wait until read, `close()` finishes the iteration, `fail(error)`
 * makes the reader throw after the parts pushed before it.
 */
export class PartQueue<T> implements AsyncIterable<T> {
  private readonly parts: T[] = [];
  private readonly roomWaiters: Array<{ size: number; resolve: () => void }> = [];
  /** Called when the reader stops early (`break` in `for await`). */
  onCancel: (() => void) | undefined;
  private waiting: ((result: IteratorResult<T>) => void) | undefined;
  private failWaiting: ((error: unknown) => void) | undefined;
  private closed = false;
  private error: { value: unknown } | undefined;

  push(part: T): void {
    if (this.closed) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      this.failWaiting = undefined;
      resolve({ value: part, done: false });
    } else this.parts.push(part);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      this.failWaiting = undefined;
      resolve({ value: undefined, done: true });
    }
  }

  fail(error: unknown): void {
    if (this.closed) return;
    this.error = { value: error };
    this.closed = true;
    if (this.failWaiting) {
      const reject = this.failWaiting;
      this.waiting = undefined;
      this.failWaiting = undefined;
      reject(error);
    }
  }

  /** Resolves once at most `size` parts wait to be read (or the reader is gone). */
  waitForRoom(size: number): Promise<void> {
    if (this.parts.length <= size || this.closed) return Promise.resolve();
    return new Promise((resolve) => this.roomWaiters.push({ size, resolve }));
  }

  private releaseRoom(): void {
    for (let index = this.roomWaiters.length - 1; index >= 0; index--) {
      const waiter = this.roomWaiters[index] as { size: number; resolve: () => void };
      if (this.parts.length <= waiter.size || this.closed) {
        this.roomWaiters.splice(index, 1);
        waiter.resolve();
      }
    }
  }

  [Symbol.asyncIterator](): AsyncIterator<T> {
    return {
      next: () => {
        if (this.parts.length > 0) {
          const value = this.parts.shift() as T;
          this.releaseRoom();
          return Promise.resolve({ value, done: false });
        }
        if (this.error) return Promise.reject(this.error.value);
        if (this.closed) return Promise.resolve({ value: undefined, done: true });
        return new Promise<IteratorResult<T>>((resolve, reject) => {
          this.waiting = resolve;
          this.failWaiting = reject;
        });
      },
      return: () => {
        const cancelled = !this.closed;
        this.closed = true;
        this.parts.length = 0;
        this.releaseRoom();
        if (cancelled) this.onCancel?.();
        return Promise.resolve({ value: undefined, done: true });
      },
    };
  }
}
