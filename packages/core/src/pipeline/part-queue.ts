/**
 * A queue that one side pushes to and the other reads with `for await`:
 * parts wait until read, `close()` finishes the iteration, `fail(error)`
 * makes the reader throw after the parts pushed before it.
 */
export class PartQueue<T> implements AsyncIterable<T> {
  private readonly parts: T[] = [];
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

  [Symbol.asyncIterator](): AsyncIterator<T> {
    return {
      next: () => {
        if (this.parts.length > 0)
          return Promise.resolve({ value: this.parts.shift() as T, done: false });
        if (this.error) return Promise.reject(this.error.value);
        if (this.closed) return Promise.resolve({ value: undefined, done: true });
        return new Promise<IteratorResult<T>>((resolve, reject) => {
          this.waiting = resolve;
          this.failWaiting = reject;
        });
      },
      return: () => {
        this.closed = true;
        this.parts.length = 0;
        return Promise.resolve({ value: undefined, done: true });
      },
    };
  }
}
