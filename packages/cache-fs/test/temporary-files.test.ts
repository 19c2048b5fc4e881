import { existsSync } from 'node:fs';
import { mkdir, readdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { encodeEntry } from '../src/entry-format';
import { locateEntry } from '../src/entry-location';
import { createFsCache } from '../src/index';
import { useTemporaryDirectories } from './temporary-directories';

const temporaryDirectory = useTemporaryDirectories();

async function leaveTemporaryFile(options: { dir: string; key: string; ageMs: number }) {
  const location = locateEntry({ directory: options.dir, key: options.key });
  await mkdir(location.shardDirectory, { recursive: true });
  const path = join(location.shardDirectory, `${location.hash}.4242.abcdef.tmp`);
  const parts = encodeEntry({
    key: options.key,
    entry: { data: new Uint8Array([7, 7, 7]), metadata: {} },
    expires: undefined,
    createdAt: Date.now(),
  });
  await writeFile(path, Buffer.concat(parts));
  const modifiedAt = new Date(Date.now() - options.ageMs);
  await utimes(path, modifiedAt, modifiedAt);
  return path;
}

it('never reads a temporary file as an entry', async () => {
  const dir = await temporaryDirectory();
  await leaveTemporaryFile({ dir, key: 'key', ageMs: 0 });
  const cache = createFsCache({ dir });
  expect(await cache.get('key')).toBeUndefined();
  expect(await cache.has('key')).toBe(false);
});

it('removes temporary files of crashed writers once they are stale', async () => {
  const dir = await temporaryDirectory();
  const stale = await leaveTemporaryFile({ dir, key: 'old', ageMs: 11 * 60_000 });
  const fresh = await leaveTemporaryFile({ dir, key: 'new', ageMs: 60_000 });
  const foreign = join(dir, 'README.txt');
  await writeFile(foreign, 'not ours');
  const cache = createFsCache({ dir });
  await cache.set('first-write-sweeps', { data: new Uint8Array(1), metadata: {} });
  expect(existsSync(stale)).toBe(false);
  expect(existsSync(fresh)).toBe(true);
  expect(existsSync(foreign)).toBe(true);
});

it('clear removes entries only, leaving foreign files and running writers', async () => {
  const dir = await temporaryDirectory();
  const fresh = await leaveTemporaryFile({ dir, key: 'running', ageMs: 0 });
  await writeFile(join(dir, 'notes.txt'), 'mine');
  const cache = createFsCache({ dir });
  await cache.set('a', { data: new Uint8Array(10), metadata: {} });
  await cache.set('b', { data: new Uint8Array(10), metadata: {} });
  await cache.clear();
  expect(await cache.has('a')).toBe(false);
  expect(cache.bytes).toBe(0);
  expect(existsSync(fresh)).toBe(true);
  expect((await readdir(dir)).includes('notes.txt')).toBe(true);
  await cache.set('a', { data: new Uint8Array(10), metadata: {} });
  expect(await cache.has('a')).toBe(true);
});
