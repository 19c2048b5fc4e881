import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ENTRY_NAME_PATTERN, SHARD_NAME_PATTERN } from '../src/entry-location';
import { createFsCache } from '../src/index';
import { useTemporaryDirectories } from './temporary-directories';

const temporaryDirectory = useTemporaryDirectories();

const hostileKeys = [
  '',
  '../escape',
  '../../../../../../etc/passwd',
  '/absolute/path',
  'C:\\windows\\system32',
  'a/b/../c',
  '..',
  '.',
  'nul\u0000byte',
  'new\nline',
  'ünïcödé ✓ 🎙️',
  '\uD800', // lone surrogates: distinct keys, though UTF-8 would merge them
  '\uDC00',
  '\uFFFD',
  'x'.repeat(100_000),
  'CON',
  'aux.txt',
];

it('keeps hostile keys distinct and every file inside the cache directory', async () => {
  const outer = await temporaryDirectory();
  const dir = join(outer, 'cache');
  await mkdir(dir);
  const cache = createFsCache({ dir });
  for (const [index, key] of hostileKeys.entries()) {
    await cache.set(key, { data: new Uint8Array([index]), metadata: { index } });
  }
  for (const [index, key] of hostileKeys.entries()) {
    const entry = await cache.get(key);
    expect(entry?.metadata, JSON.stringify(key.slice(0, 40))).toEqual({ index });
    expect([...(entry?.data ?? [])]).toEqual([index]);
  }
  // Nothing escaped: the parent holds only the cache directory, which holds
  // only shard directories of entry files named after hashes.
  expect(await readdir(outer)).toEqual(['cache']);
  let files = 0;
  for (const shard of await readdir(dir)) {
    expect(shard).toMatch(SHARD_NAME_PATTERN);
    for (const name of await readdir(join(dir, shard))) {
      expect(name).toMatch(ENTRY_NAME_PATTERN);
      expect(name.startsWith(shard)).toBe(true);
      files++;
    }
  }
  expect(files).toBe(hostileKeys.length);
  for (const key of hostileKeys) expect(await cache.delete(key)).toBe(true);
  await cache.dispose();
});
