import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, readFile, truncate, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ENTRY_HEADER_BYTES } from '../src/entry-format';
import { locateEntry } from '../src/entry-location';
import { createFsCache } from '../src/index';
import { useTemporaryDirectories } from './temporary-directories';

const temporaryDirectory = useTemporaryDirectories();

async function storeWithEntry(key = 'the-key') {
  const dir = await temporaryDirectory();
  const cache = createFsCache({ dir });
  const data = new Uint8Array(randomBytes(2048));
  await cache.set(key, { data, metadata: { format: 'mp3', note: 'é' } });
  return { cache, dir, key, data, path: locateEntry({ directory: dir, key }).path };
}

async function flipByte(path: string, offset: number) {
  const bytes = await readFile(path);
  const index = offset < 0 ? bytes.byteLength + offset : offset;
  bytes[index] = (bytes[index] as number) ^ 0x40;
  await writeFile(path, bytes);
}

const damages: Record<string, (path: string) => Promise<void>> = {
  'a flipped audio byte': (path) => flipByte(path, -100),
  'a flipped metadata byte': (path) => flipByte(path, ENTRY_HEADER_BYTES + 3),
  'a flipped expiry byte in the header': (path) => flipByte(path, 25),
  'a flipped checksum byte': (path) => flipByte(path, 40),
  'a wrong magic': (path) => flipByte(path, 0),
  'a truncated tail': async (path) => truncate(path, 1500),
  'a truncated header': async (path) => truncate(path, 20),
  'an empty file': async (path) => truncate(path, 0),
  'a file grown by a byte': async (path) =>
    writeFile(path, Buffer.concat([await readFile(path), Buffer.from([0])])),
  garbage: (path) => writeFile(path, randomBytes(5000)),
  'text garbage': (path) => writeFile(path, 'TTSKITFS but not really an entry'),
};

describe('a damaged entry file is a miss and is removed', () => {
  for (const [name, damage] of Object.entries(damages)) {
    it(name, async () => {
      const { cache, key, path } = await storeWithEntry();
      await damage(path);
      expect(await cache.get(key)).toBeUndefined();
      expect(existsSync(path)).toBe(false);
      // The key works again afterwards.
      const data = new Uint8Array([1, 2, 3]);
      await cache.set(key, { data, metadata: {} });
      expect(
        Buffer.from((await cache.get(key))?.data ?? []).equals(Buffer.from(data)),
      ).toBe(true);
      await cache.dispose();
    });
  }

  it('has() checks the whole entry and removes a damaged one', async () => {
    const { cache, key, path } = await storeWithEntry();
    await flipByte(path, -1);
    expect(await cache.has(key)).toBe(false);
    expect(existsSync(path)).toBe(false);
  });
});

describe('an entry of another key under this key’s hash name', () => {
  it('is a miss and is removed', async () => {
    const { cache, dir, path } = await storeWithEntry('other-key');
    const target = locateEntry({ directory: dir, key: 'victim-key' });
    await cache.set('victim-key', { data: new Uint8Array([9]), metadata: {} });
    await copyFile(path, target.path);
    expect(await cache.get('victim-key')).toBeUndefined();
    expect(existsSync(target.path)).toBe(false);
    expect(await cache.get('other-key')).toBeDefined();
  });
});

describe('an entry of a newer format version', () => {
  it('is a miss but is left for the writer that knows the format', async () => {
    const { cache, key, path } = await storeWithEntry();
    const bytes = await readFile(path);
    bytes.writeUInt16BE(2, 8);
    await writeFile(path, bytes);
    expect(await cache.get(key)).toBeUndefined();
    expect(existsSync(path)).toBe(true);
  });
});

describe('reads stay exact', () => {
  it('returns audio in a buffer of its own', async () => {
    const { cache, key, data } = await storeWithEntry();
    const entry = await cache.get(key);
    expect(entry?.data.byteOffset).toBe(0);
    expect(entry?.data.buffer.byteLength).toBe(data.byteLength);
    expect(entry?.metadata).toEqual({ format: 'mp3', note: 'é' });
  });

  it('reads metadata and audio that go past the first read', async () => {
    const dir = await temporaryDirectory();
    const cache = createFsCache({ dir });
    const metadata = { transcript: 'ü'.repeat(70_000), words: [{ text: 'x' }] };
    const data = new Uint8Array(randomBytes(300_000));
    await cache.set('big', { data, metadata });
    const entry = await cache.get('big');
    expect(entry?.metadata).toEqual(metadata);
    expect(Buffer.from(entry?.data ?? []).equals(Buffer.from(data))).toBe(true);
    const path = locateEntry({ directory: dir, key: 'big' }).path;
    await truncate(path, 200_000);
    expect(await cache.get('big')).toBeUndefined();
    expect(existsSync(path)).toBe(false);
  });

  it('reads an empty audio buffer', async () => {
    const cache = createFsCache({ dir: await temporaryDirectory() });
    await cache.set('empty', { data: new Uint8Array(0), metadata: {} });
    expect((await cache.get('empty'))?.data.byteLength).toBe(0);
  });
});
