import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { locateEntry, TEMP_NAME_PATTERN } from '../src/entry-location';
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

const ROUNDS = 50;
const BASE_BYTES = 384 * 1024;
const KEYS = Array.from({ length: 6 }, (_, index) => `crash-key-${index}`);

async function countTemporaryFiles(directory: string): Promise<number> {
  const names = await readdir(directory, { recursive: true });
  return names.filter((name) => TEMP_NAME_PATTERN.test(name.split('/').pop() ?? ''))
    .length;
}

it('never serves a torn entry after a writer is killed with SIGKILL mid-write', async () => {
  const dir = await temporaryDirectory();
  // A budget of about 8 entries, so that eviction runs under the kills too.
  const maxBytes = 8 * BASE_BYTES * 1.5;
  let hits = 0;
  let killsMidWrite = 0;
  let temporaryFilesBefore = 0;
  const startWriter = (round: number) =>
    startCacheWriter({
      scriptPath: writer.path,
      config: {
        ...{ dir, keys: KEYS, baseBytes: BASE_BYTES, maxBytes },
        ...{ iterations: null, writer: round, waitForStart: true },
      },
    });
  // The next writers boot while the parent checks the previous round.
  const booting = [startWriter(0), startWriter(1)];
  for (let round = 0; round < ROUNDS; round++) {
    const running = booting.shift() as ReturnType<typeof startWriter>;
    await running.ready;
    running.start();
    // Half the kills wait for a finished write first (so a loaded machine still
    // leaves entries to verify); all land at a random moment of a write loop.
    if (round % 2 === 0) await running.firstWrite;
    await new Promise((resolve) => setTimeout(resolve, 3 + Math.random() * 40));
    running.child.kill('SIGKILL');
    const { signal } = await running.exited;
    expect(signal).toBe('SIGKILL');
    if (round + 2 < ROUNDS) booting.push(startWriter(round + 2));
    const temporaryFiles = await countTemporaryFiles(dir);
    if (temporaryFiles > temporaryFilesBefore) killsMidWrite++;
    temporaryFilesBefore = temporaryFiles;

    const reader = createFsCache({ dir, maxBytes });
    for (const key of KEYS) {
      const fileExists = existsSync(locateEntry({ directory: dir, key }).path);
      const entry = await reader.get(key);
      // Every entry file on disk is whole: a file that exists is a hit.
      expect(entry !== undefined, `round ${round}, ${key}`).toBe(fileExists);
      if (entry) {
        hits++;
        expect(isExpectedEntry({ key, entry, baseBytes: BASE_BYTES })).toBe(true);
      }
    }
    await reader.dispose();
  }
  expect(hits).toBeGreaterThan(0);
  // The kills did land in the middle of writes, leaving temporary files,
  // which a sweep removes once they are old enough.
  expect(killsMidWrite).toBeGreaterThan(0);
  const sweeper = createFsCache({ dir, maxBytes, staleTempFileMs: 1 });
  await new Promise((resolve) => setTimeout(resolve, 5));
  await sweeper.sweep();
  expect(await countTemporaryFiles(dir)).toBe(0);
  console.log(
    `[crash-safety] ${ROUNDS} kills (${killsMidWrite} mid-write), ${hits} verified hits`,
  );
}, 180_000);

it('keeps entries of a killed writer readable by a new process', async () => {
  const dir = await temporaryDirectory();
  const running = startCacheWriter({
    scriptPath: writer.path,
    config: { dir, keys: ['a', 'b'], baseBytes: 1024, iterations: 4, writer: 0 },
  });
  expect((await running.exited).code).toBe(0);
  const reader = createFsCache({ dir });
  for (const key of ['a', 'b']) {
    const entry = await reader.get(key);
    expect(entry && isExpectedEntry({ key, entry, baseBytes: 1024 })).toBe(true);
  }
  expect(await readdir(join(dir))).not.toHaveLength(0);
});
