import { raceWithSignal } from '../util/abort';

type Flight<T> = {
  promise: Promise<T>;
  controller: AbortController;
  waiting: number;
};

/**
 * Concurrent calls with the same key share one execution. The shared work
 * is aborted only when every caller waiting on it has aborted, so one
 * impatient client never cancels another's request.
 */
export class SingleFlight<T> {
  private readonly flights = new Map<string, Flight<T>>();

  /** Number of executions in progress. */
  get size(): number {
    return this.flights.size;
  }

  run(options: {
    key: string;
    signal?: AbortSignal;
    execute: (signal: AbortSignal) => Promise<T>;
  }): { promise: Promise<T>; shared: boolean } {
    if (options.signal?.aborted) {
      return {
        promise: raceWithSignal(new Promise<T>(() => {}), options.signal),
        shared: false,
      };
    }
    let flight = this.flights.get(options.key);
    const shared = flight !== undefined;
    if (!flight) {
      const controller = new AbortController();
      const created: Flight<T> = {
        controller,
        waiting: 0,
        promise: Promise.resolve()
          .then(() => options.execute(controller.signal))
          .finally(() => {
            if (this.flights.get(options.key) === created)
              this.flights.delete(options.key);
          }),
      };
      // Failures reach every caller through their own chain; this only stops
      // an unhandled rejection when all callers have gone away.
      created.promise.catch(() => {});
      this.flights.set(options.key, created);
      flight = created;
    }
    const current = flight;
    current.waiting++;
    const signal = options.signal;
    const onAbort = () => {
      current.waiting--;
      if (current.waiting === 0) current.controller.abort(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const promise = raceWithSignal(current.promise, signal).finally(() => {
      signal?.removeEventListener('abort', onAbort);
      if (!signal?.aborted) current.waiting--;
    });
    return { promise, shared };
  }
}
