/** `Promise.all(items.map(run))` with at most `concurrency` calls running at once, in order. */
export async function mapWithConcurrency<Item, Result>(options: {
  items: readonly Item[];
  concurrency: number;
  run: (item: Item) => Promise<Result>;
}): Promise<Result[]> {
  const { items, concurrency, run } = options;
  const results = new Array<Result>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await run(items[index] as Item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}
