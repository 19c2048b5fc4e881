import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CacheError, InvalidArgumentError } from '@ttskit/core';
import { describe, expect, it } from 'vitest';
import { locateEntry } from '../src/entry-location';
import { createFsCache, type FsCacheOptions } from '../src/index';
import { useTemporaryDirectories } from './temporary-directories';

const temporaryDirectory = useTemporaryDirectories();

describe('options', () => {
  const invalid: Array<[string, unknown]> = [
    ['no options', undefined],
    ['no dir', {}],
    ['an empty dir', { dir: '  ' }],
    ['a dir that is not a string', { dir: 42 }],
    ['a NUL in dir', { dir: '/tmp/a\u0000b' }],
    ['a negative maxBytes', { dir: '/tmp/x', maxBytes: -1 }],
    ['a NaN maxBytes', { dir: '/tmp/x', maxBytes: Number.NaN }],
    ['a zero staleTempFileMs', { dir: '/tmp/x', staleTempFileMs: 0 }],
  ];
  for (const [name, options] of invalid) {
    it(`rejects ${name}`, () => {
      const create = () => createFsCache(options as FsCacheOptions);
      expect(create).toThrow(InvalidArgumentError);
      expect(create).toThrow(/^\[ttskit\] \[cache-fs\]/);
    });
  }

  it('resolves a relative dir and touches nothing until used', () => {
    const cache = createFsCache({ dir: 'relative/cache' });
    expect(cache.dir).toBe(join(process.cwd(), 'relative/cache'));
    expect(cache.name).toBe('fs');
    expect(cache.specificationVersion).toBe('v1');
  });
});

describe('file-system failures', () => {
  it('are CacheErrors naming the operation and the path', async () => {
    const parent = await temporaryDirectory();
    await writeFile(join(parent, 'a-file'), 'x');
    const dir = join(parent, 'a-file', 'cache');
    const cache = createFsCache({ dir });
    expect(await cache.get('key')).toBeUndefined(); // missing is a miss
    const error = await cache.set('key', { data: new Uint8Array(1), metadata: {} }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(CacheError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ store: 'fs', operation: 'set' });
    expect((error as Error).message).toMatch(/^\[ttskit\] \[cache-fs\] set failed on /);
    expect((error as Error).message).toContain(dir);
  });

  it('turn an unreadable entry into a CacheError, not a crash', async () => {
    const dir = await temporaryDirectory();
    await mkdir(locateEntry({ directory: dir, key: 'key' }).path, { recursive: true });
    const cache = createFsCache({ dir });
    await expect(cache.get('key')).rejects.toSatisfy(CacheError.isInstance);
    await expect(cache.get('key')).rejects.toThrow(/get failed on .*EISDIR/);
  });

  it('reject bad arguments with InvalidArgumentError', async () => {
    const cache = createFsCache({ dir: await temporaryDirectory() });
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    await expect(
      cache.set('key', { data: new Uint8Array(1), metadata: circular }),
    ).rejects.toSatisfy(InvalidArgumentError.isInstance);
    await expect(
      cache.set('key', { data: [1, 2] as unknown as Uint8Array, metadata: {} }),
    ).rejects.toSatisfy(InvalidArgumentError.isInstance);
    await expect(cache.get(42 as unknown as string)).rejects.toSatisfy(
      InvalidArgumentError.isInstance,
    );
  });
});
