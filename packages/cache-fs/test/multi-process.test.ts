import { afterAll, beforeAll, expect, it } from 'vitest';
import { createFsCache } from '../src/index';
import { bundleCacheWriter, startCacheWriter } from './child-process';
import { isExpectedEntry } from './deterministic-entry';
import { useTemporaryDirectories } from './temporary-directories';

const temporaryDirectory = useTemporaryDirectories();
let writer: Awaited<ReturnType<typeof bundleCacheWriter>>;
beforeAll(async () => {
  writer = await bundleCacheWriter();
}, 120_000);
afterAll(() => writer?.remove());

const BASE_BYTES = 64 * 1024;
const KEYS = Array.from({ length: 5 }, (_, index) => `shared-${index}`);

it('two processes writing the same keys leave whole entries, read while they write', async () => {
  const dir = await temporaryDirectory();
  // A budget of about six entries, so both processes also evict.
  const maxBytes = 6 * BASE_BYTES * 1.5;
  const writers = [0, 1].map((index) =>
    startCacheWriter({
      scriptPath: writer.path,
      config: {
        dir,
        keys: KEYS,
        baseBytes: BASE_BYTES,
        iterations: 150,
        writer: index,
        maxBytes,
      },
    }),
  );
  const reader = createFsCache({ dir, maxBytes });
  let running = true;
  let hitsWhileWriting = 0;
  const exits = Promise.all(writers.map((running) => running.exited)).finally(() => {
    running = false;
  });
  while (running) {
    for (const key of KEYS) {
      const entry = await reader.get(key);
      if (!entry) continue;
      hitsWhileWriting++;
      expect(isExpectedEntry({ key, entry, baseBytes: BASE_BYTES })).toBe(true);
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  for (const exit of await exits) expect(exit, exit.stderr).toMatchObject({ code: 0 });
  for (const key of KEYS) {
    const entry = await reader.get(key);
    if (entry) expect(isExpectedEntry({ key, entry, baseBytes: BASE_BYTES })).toBe(true);
  }
  expect(hitsWhileWriting).toBeGreaterThan(0);
  await reader.sweep();
  expect(reader.bytes).toBeLessThanOrEqual(maxBytes);
  await reader.dispose();
});
