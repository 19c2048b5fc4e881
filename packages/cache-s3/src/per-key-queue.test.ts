import { expect, it } from 'vitest';
import { createPerKeyQueue } from './per-key-queue';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it('runs the tasks of one key in call order, one at a time, past failures', async () => {
  const queue = createPerKeyQueue();
  const log: string[] = [];
  const task =
    (name: string, ms: number, fail = false) =>
    async () => {
      log.push(`start ${name}`);
      await pause(ms);
      log.push(`end ${name}`);
      if (fail) throw new Error(name);
      return name;
    };
  const results = await Promise.allSettled([
    queue('a', task('a1', 20)),
    queue('a', task('a2', 1, true)),
    queue('a', task('a3', 1)),
  ]);
  expect(results.map((result) => result.status)).toEqual([
    'fulfilled',
    'rejected',
    'fulfilled',
  ]);
  expect(log).toEqual(['start a1', 'end a1', 'start a2', 'end a2', 'start a3', 'end a3']);
});

it('runs different keys in parallel', async () => {
  const queue = createPerKeyQueue();
  const log: string[] = [];
  await Promise.all(
    ['a', 'b'].map((key) =>
      queue(key, async () => {
        log.push(`start ${key}`);
        await pause(5);
        log.push(`end ${key}`);
      }),
    ),
  );
  expect(log.slice(0, 2)).toEqual(['start a', 'start b']);
});
