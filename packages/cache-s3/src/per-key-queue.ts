/** Runs tasks one after another per key; tasks for different keys run in parallel. */
export type PerKeyQueue = <Result>(
  key: string,
  task: () => Promise<Result>,
) => Promise<Result>;

/**
 * Orders the writes and deletes of one key inside this process, so they
 * reach S3 one at a time and the last call wins. S3 itself makes each PUT
 * atomic, but some S3-compatible servers do not: s3rver interleaves two
 * concurrent PUTs of one key into a mixed object or unreadable metadata.
 * An audio object and its sidecar also stay a pair this way.
 */
export function createPerKeyQueue(): PerKeyQueue {
  const tails = new Map<string, Promise<unknown>>();
  return <Result>(key: string, task: () => Promise<Result>): Promise<Result> => {
    const previous = tails.get(key);
    const result = previous ? previous.then(task) : task();
    const tail = result.catch(() => undefined);
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return result;
  };
}
