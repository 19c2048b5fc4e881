import { randomBytes } from 'node:crypto';
import type { CacheEntryV1, CacheStoreV1 } from '../spec/v1/cache-store-v1';
import type { TestFunction } from './test-function';

export type CacheConformanceOptions = {
  /** Run the expiry tests. Default true. */
  expiry?: boolean;
  /** Smallest expiry the store resolves, e.g. 1000 for stores that count seconds. Default 50. */
  expiryGranularityMs?: number;
  /** Size of the large-value test. Default 5 MiB. */
  largeValueBytes?: number;
  timeoutMs?: number;
  prefix?: string;
};

type CreateStore = () => CacheStoreV1 | Promise<CacheStoreV1>;

function randomEntry(size = 1024): CacheEntryV1 {
  return {
    data: new Uint8Array(randomBytes(size)),
    metadata: {
      format: 'wav',
      sampleRate: 22_050,
      words: [{ text: 'héllo', startMs: 0 }],
      n: Math.random(),
    },
  };
}

function randomKey(): string {
  return `k-${randomBytes(8).toString('hex')}`;
}

function sameBytes(left: Uint8Array | undefined, right: Uint8Array): boolean {
  return left !== undefined && Buffer.from(left).equals(Buffer.from(right));
}

/** get / set / has / delete / overwrite, byte-exact. */
export function cacheBasicTests(
  test: TestFunction,
  createStore: CreateStore,
  options: CacheConformanceOptions = {},
): void {
  const prefix = options.prefix ?? 'cache conformance';
  const timeout = options.timeoutMs ?? 30_000;

  test(
    `${prefix}: a missing key is undefined`,
    async ({ expect }) => {
      const store = await createStore();
      const key = randomKey();
      expect(await store.get(key)).toBeUndefined();
      expect(await store.has(key)).toBe(false);
      await store.dispose?.();
    },
    timeout,
  );

  test(
    `${prefix}: round-trips bytes and metadata exactly`,
    async ({ expect }) => {
      const store = await createStore();
      const key = randomKey();
      const entry = randomEntry(4099);
      entry.data[0] = 0;
      entry.data[1] = 255;
      await store.set(key, entry);
      const read = await store.get(key);
      expect(read?.data).toBeInstanceOf(Uint8Array);
      expect(sameBytes(read?.data, entry.data)).toBe(true);
      expect(read?.metadata).toEqual(entry.metadata);
      expect(await store.has(key)).toBe(true);
      await store.dispose?.();
    },
    timeout,
  );

  test(
    `${prefix}: the bytes it takes and gives are the caller's (changing them changes nothing stored)`,
    async ({ expect }) => {
      const store = await createStore();
      const key = randomKey();
      const entry = randomEntry(1024);
      const original = entry.data.slice();
      await store.set(key, entry);
      entry.data.fill(7); // the writer reuses its buffer
      const first = await store.get(key);
      expect(sameBytes(first?.data, original)).toBe(true);
      first?.data.fill(9); // the reader changes what it got
      expect(sameBytes((await store.get(key))?.data, original)).toBe(true);
      await store.dispose?.();
    },
    timeout,
  );

  test(
    `${prefix}: overwrites and deletes with a boolean answer`,
    async ({ expect }) => {
      const store = await createStore();
      const key = randomKey();
      await store.set(key, randomEntry());
      const second = randomEntry(77);
      await store.set(key, second);
      expect(sameBytes((await store.get(key))?.data, second.data)).toBe(true);
      expect(await store.delete(key)).toBe(true);
      expect(await store.delete(key)).toBe(false);
      expect(await store.get(key)).toBeUndefined();
      await store.dispose?.();
    },
    timeout,
  );

  test(
    `${prefix}: concurrent writes to one key leave one whole value`,
    async ({ expect }) => {
      const store = await createStore();
      const key = randomKey();
      const entries = Array.from({ length: 8 }, () => randomEntry(64 * 1024));
      await Promise.all(entries.map((entry) => store.set(key, entry)));
      const read = await store.get(key);
      expect(entries.some((entry) => sameBytes(read?.data, entry.data))).toBe(true);
      await store.dispose?.();
    },
    timeout,
  );

  test(
    `${prefix}: stores a large value`,
    async ({ expect }) => {
      const store = await createStore();
      const key = randomKey();
      const entry = randomEntry(options.largeValueBytes ?? 5 * 1024 * 1024);
      await store.set(key, entry);
      expect(sameBytes((await store.get(key))?.data, entry.data)).toBe(true);
      await store.dispose?.();
    },
    timeout,
  );

  test(
    `${prefix}: hostile keys stay distinct and inside the store`,
    async ({ expect }) => {
      const store = await createStore();
      const keys = [
        '../escape',
        '../../etc/passwd',
        '/absolute',
        'a/b/../c',
        'nul\u0000byte',
        '..',
        '.',
        'ünïcödé ✓',
        'x'.repeat(600),
      ];
      const entries = keys.map(() => randomEntry(32));
      for (const [index, key] of keys.entries())
        await store.set(key, entries[index] as CacheEntryV1);
      for (const [index, key] of keys.entries()) {
        expect(
          sameBytes((await store.get(key))?.data, (entries[index] as CacheEntryV1).data),
          `key ${JSON.stringify(key)}`,
        ).toBe(true);
      }
      await store.dispose?.();
    },
    timeout,
  );

  test(
    `${prefix}: getMany and clear work (native or core fallback)`,
    async ({ expect }) => {
      const store = await createStore();
      const keys = [randomKey(), randomKey(), randomKey()];
      const first = randomEntry(10);
      const third = randomEntry(30);
      await store.set(keys[0] as string, first);
      await store.set(keys[2] as string, third);
      if (store.getMany) {
        const many = await store.getMany(keys);
        expect(many).toHaveLength(3);
        expect(sameBytes(many[0]?.data, first.data)).toBe(true);
        expect(many[1]).toBeUndefined();
        expect(sameBytes(many[2]?.data, third.data)).toBe(true);
      }
      if (store.clear) {
        await store.clear();
        expect(await store.get(keys[0] as string)).toBeUndefined();
      }
      await store.dispose?.();
    },
    timeout,
  );

  test(
    `${prefix}: dispose is idempotent`,
    async ({ expect }) => {
      const store = await createStore();
      await store.dispose?.();
      await store.dispose?.();
      expect(true).toBe(true);
    },
    timeout,
  );
}

/** Absolute expiry, including an expiry already in the past. */
export function cacheExpiryTests(
  test: TestFunction,
  createStore: CreateStore,
  options: CacheConformanceOptions = {},
): void {
  const prefix = options.prefix ?? 'cache conformance';
  const timeout = options.timeoutMs ?? 30_000;
  const granularity = options.expiryGranularityMs ?? 50;

  test(
    `${prefix}: an expiry in the past is never served`,
    async ({ expect }) => {
      const store = await createStore();
      const key = randomKey();
      await store.set(key, randomEntry(), { expires: Date.now() - 1_000 });
      expect(await store.get(key)).toBeUndefined();
      expect(await store.has(key)).toBe(false);
      await store.dispose?.();
    },
    timeout,
  );

  test(
    `${prefix}: an entry lives until its absolute expiry`,
    async ({ expect }) => {
      const store = await createStore();
      const key = randomKey();
      const entry = randomEntry();
      await store.set(key, entry, { expires: Date.now() + granularity * 4 });
      expect(sameBytes((await store.get(key))?.data, entry.data)).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, granularity * 6));
      expect(await store.get(key)).toBeUndefined();
      await store.dispose?.();
    },
    timeout,
  );
}

/** Every cache test group. */
export function cacheConformanceSuite(
  test: TestFunction,
  createStore: CreateStore,
  options: CacheConformanceOptions = {},
): void {
  cacheBasicTests(test, createStore, options);
  if (options.expiry ?? true) cacheExpiryTests(test, createStore, options);
}
