import { expect, it } from 'vitest';
import { mapWithConcurrency } from './map-with-concurrency';

it('keeps order and never runs more than the limit at once', async () => {
  let running = 0;
  let most = 0;
  const results = await mapWithConcurrency({
    items: Array.from({ length: 20 }, (_, index) => index),
    concurrency: 3,
    run: async (item) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, (item * 7) % 5));
      running--;
      return item * 2;
    },
  });
  expect(results).toEqual(Array.from({ length: 20 }, (_, index) => index * 2));
  expect(most).toBe(3);
  expect(
    await mapWithConcurrency({ items: [], concurrency: 3, run: async () => 1 }),
  ).toEqual([]);
});
