import { Keyv } from 'keyv';
import { describe, expect, it } from 'vitest';
import { createKeyvCache } from '../src/index';

const entry = { data: new Uint8Array([1, 2, 3]), metadata: {} };

describe('caches sharing one Map', () => {
  it('keep their namespaces apart, and clear only their own', async () => {
    const map = new Map<string, unknown>();
    const first = createKeyvCache({ keyv: map, namespace: 'first' });
    const second = createKeyvCache({
      keyv: new Keyv({ store: map }),
      namespace: 'second',
    });
    map.set('foreign', 'untouched');
    await first.set('key', entry);
    await second.set('key', { ...entry, data: new Uint8Array([4]) });
    expect([...map.keys()].sort()).toEqual(['first:key', 'foreign', 'second:key']);
    await first.clear?.();
    expect(await first.get('key')).toBeUndefined();
    expect([...((await second.get('key'))?.data ?? [])]).toEqual([4]);
    expect(map.get('foreign')).toBe('untouched');
  });
});

describe('one Keyv or store per namespace', () => {
  it('refuses a second namespace on a Keyv or store already in use, until dispose()', async () => {
    const keyv = new Keyv();
    const first = createKeyvCache({ keyv, namespace: 'first' });
    expect(() => createKeyvCache({ keyv, namespace: 'second' })).toThrow(
      /already serves the cache in namespace "first"/,
    );
    expect(createKeyvCache({ keyv, namespace: 'first' }).name).toBe('keyv');
    await first.dispose();
    expect(createKeyvCache({ keyv, namespace: 'second' }).name).toBe('keyv');
  });

  it('claims a store adapter before a second Keyv could rename it', () => {
    const adapter = {
      opts: {},
      namespace: undefined as string | undefined,
      get: async () => undefined,
      set: async () => true,
      delete: async () => false,
      clear: async () => {},
      on: () => adapter,
    };
    createKeyvCache({ keyv: adapter, namespace: 'first' });
    expect(() => createKeyvCache({ keyv: adapter, namespace: 'second' })).toThrow(
      /already serves/,
    );
    expect(adapter.namespace).toBe('first');
  });
});
