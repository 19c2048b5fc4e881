import KeyvMemcache from '@keyv/memcache';
import KeyvRedis from '@keyv/redis';
import { describe, expect, it } from 'vitest';
import { deriveStoreName } from './store-name';

describe('deriveStoreName', () => {
  it('names the store after its adapter', () => {
    expect(deriveStoreName(new Map())).toBe('keyv');
    expect(deriveStoreName(new KeyvRedis('redis://127.0.0.1:1'))).toBe('redis');
    const memcache = new KeyvMemcache('127.0.0.1:1');
    expect(deriveStoreName(memcache)).toBe('memcache');
    memcache.client.close();
  });
});
