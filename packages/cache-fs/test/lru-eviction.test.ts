import { existsSync } from 'node:fs';
import { expect, it } from 'vitest';
import { locateEntry } from '../src/entry-location';
import { createFsCache } from '../src/index';
import { useTemporaryDirectories } from './temporary-directories';

const temporaryDirectory = useTemporaryDirectories();

/** A clock that moves one second per call, so every mtime differs. */
function steppingClock() {
  let time = Date.UTC(2030, 0, 1);
  return () => (time += 1_000);
}

const entry = () => ({ data: new Uint8Array(1_000), metadata: { format: 'wav' } });

async function fileSize(dir: string) {
  const cache = createFsCache({ dir, maxBytes: Number.POSITIVE_INFINITY });
  await cache.set('z', entry()); // keys of one character, like the ones below
  const bytes = cache.bytes;
  await cache.delete('z');
  return bytes;
}

it('evicts the least recently used entries when over maxBytes', async () => {
  const dir = await temporaryDirectory();
  const size = await fileSize(dir);
  // Room for three entries; a fourth goes over, and eviction brings the
  // total under 90 % of the budget.
  const cache = createFsCache({ dir, maxBytes: size * 3.5, now: steppingClock() });
  await cache.set('a', entry());
  await cache.set('b', entry());
  await cache.set('c', entry());
  expect(await cache.get('a')).toBeDefined(); // a is now the most recently used
  await cache.set('d', entry());
  const present = ['a', 'b', 'c', 'd'].filter((key) =>
    existsSync(locateEntry({ directory: dir, key }).path),
  );
  expect(present).toEqual(['a', 'c', 'd']);
  expect(cache.bytes).toBe(size * 3);
  await cache.set('e', entry()); // c is now the oldest
  expect(await cache.has('c')).toBe(false);
  expect(await cache.has('a')).toBe(true);
  await cache.dispose();
});

it('counts entries written by other processes, found by scanning at start', async () => {
  const dir = await temporaryDirectory();
  const size = await fileSize(dir);
  const clock = steppingClock();
  const first = createFsCache({ dir, maxBytes: Number.POSITIVE_INFINITY, now: clock });
  for (const key of ['old-1', 'old-2', 'old-3', 'old-4']) await first.set(key, entry());
  await first.dispose();
  const second = createFsCache({ dir, maxBytes: size * 3.5, now: clock });
  await second.set('new', entry());
  expect(second.bytes).toBeLessThanOrEqual(size * 3.5 * 0.9);
  expect(await second.has('new')).toBe(true);
  expect(await second.has('old-1')).toBe(false);
  expect(await second.has('old-4')).toBe(true);
});

it('does not store an entry larger than the whole budget', async () => {
  const dir = await temporaryDirectory();
  const cache = createFsCache({ dir, maxBytes: 500 });
  await cache.set('big', entry());
  expect(await cache.get('big')).toBeUndefined();
  expect(cache.bytes).toBe(0);
});
