/** `Promise.all(items.map(run))` with at most `concurrency` calls running at once. */
export async function mapWithConcurrency<Item, Result>(options: {
  items: readonly Item[];
  concurrency: number;
  run: (item: Item) => Promise<Result>;
}): Promise<Result[]> {
  const { items, run } = options;
  const results = new Array<Result>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await run(items[index] as Item);
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency, items.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return results;
}
