import { existsSync } from 'node:fs';
import { expect, it } from 'vitest';
import { locateEntry } from '../src/entry-location';
import { createFsCache } from '../src/index';
import { useTemporaryDirectories } from './temporary-directories';

const temporaryDirectory = useTemporaryDirectories();
const entry = () => ({ data: new Uint8Array([1, 2, 3]), metadata: {} });

it('serves an entry until its absolute expiry, then removes it on read', async () => {
  const dir = await temporaryDirectory();
  let time = 1_000_000;
  const cache = createFsCache({ dir, now: () => time });
  await cache.set('key', entry(), { expires: time + 500 });
  await cache.set('forever', entry());
  const path = locateEntry({ directory: dir, key: 'key' }).path;
  time += 499;
  expect(await cache.has('key')).toBe(true);
  time += 1;
  expect(existsSync(path)).toBe(true);
  expect(await cache.get('key')).toBeUndefined();
  expect(existsSync(path)).toBe(false);
  time += 10 ** 12;
  expect(await cache.get('forever')).toBeDefined();
});

it('does not write an entry that has already expired, and drops the old one', async () => {
  const dir = await temporaryDirectory();
  const cache = createFsCache({ dir });
  await cache.set('key', entry());
  await cache.set('key', entry(), { expires: Date.now() - 1 });
  expect(existsSync(locateEntry({ directory: dir, key: 'key' }).path)).toBe(false);
  expect(await cache.get('key')).toBeUndefined();
});

it('reads the expiry another process wrote', async () => {
  const dir = await temporaryDirectory();
  const writer = createFsCache({ dir });
  await writer.set('key', entry(), { expires: Date.now() + 60_000 });
  expect(await createFsCache({ dir, now: () => Date.now() + 59_000 }).has('key')).toBe(
    true,
  );
  expect(await createFsCache({ dir, now: () => Date.now() + 61_000 }).has('key')).toBe(
    false,
  );
});
