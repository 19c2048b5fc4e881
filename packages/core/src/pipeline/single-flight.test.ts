import { describe, expect, it } from 'vitest';
import { SingleFlight } from './single-flight';

describe('SingleFlight', () => {
  it('shares one execution among concurrent callers and forgets it afterwards', async () => {
    const flights = new SingleFlight<number>();
    let executions = 0;
    const execute = async () => {
      executions++;
      await new Promise((resolve) => setTimeout(resolve, 10));
      return 42;
    };
    const runs = Array.from({ length: 10 }, () => flights.run({ key: 'k', execute }));
    expect(runs.filter((run) => run.shared)).toHaveLength(9);
    expect(await Promise.all(runs.map((run) => run.promise))).toEqual(Array(10).fill(42));
    expect(executions).toBe(1);
    expect(flights.size).toBe(0);
    await flights.run({ key: 'k', execute }).promise;
    expect(executions).toBe(2);
  });

  it('aborts the shared work only when every caller has aborted', async () => {
    const flights = new SingleFlight<string>();
    let sharedSignal: AbortSignal | undefined;
    const execute = (signal: AbortSignal) => {
      sharedSignal = signal;
      return new Promise<string>((resolve) => setTimeout(() => resolve('done'), 50));
    };
    const first = new AbortController();
    const second = new AbortController();
    const a = flights.run({ key: 'k', signal: first.signal, execute });
    const b = flights.run({ key: 'k', signal: second.signal, execute });
    await Promise.resolve();
    first.abort();
    await expect(a.promise).rejects.toBeDefined();
    expect(sharedSignal?.aborted).toBe(false);
    expect(await b.promise).toBe('done');

    const third = new AbortController();
    const c = flights.run({ key: 'j', signal: third.signal, execute });
    await Promise.resolve();
    third.abort();
    await expect(c.promise).rejects.toBeDefined();
    expect(sharedSignal?.aborted).toBe(true);
  });

  it('passes errors to every caller', async () => {
    const flights = new SingleFlight<number>();
    const execute = async () => {
      throw new Error('boom');
    };
    const runs = [flights.run({ key: 'x', execute }), flights.run({ key: 'x', execute })];
    for (const run of runs) await expect(run.promise).rejects.toThrow('boom');
  });
});
