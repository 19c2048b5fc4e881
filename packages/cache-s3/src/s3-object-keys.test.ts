import { describe, expect, it } from 'vitest';
import { isCacheObjectKey, objectKeysFor } from './s3-object-keys';

describe('objectKeysFor', () => {
  it('maps any key to 64 hex characters under the prefix', () => {
    const keys = [
      '',
      '..',
      '../../etc/passwd',
      '/',
      'a/b',
      'nul\u0000',
      'ü✓',
      'x'.repeat(100_000),
    ];
    const bodies = keys.map((key) => objectKeysFor({ prefix: 'cache/', key }).body);
    for (const body of bodies) expect(body).toMatch(/^cache\/[0-9a-f]{64}$/);
    expect(new Set(bodies).size).toBe(keys.length);
  });

  it('is the sha256 of the UTF-8 key, with a .json sidecar next to it', () => {
    expect(objectKeysFor({ prefix: '', key: 'abc' })).toEqual({
      body: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      sidecar: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad.json',
    });
  });
});

describe('isCacheObjectKey', () => {
  const { body, sidecar } = objectKeysFor({ prefix: 'p/', key: 'k' });
  it('recognizes only names this cache writes, under its prefix', () => {
    expect(isCacheObjectKey({ prefix: 'p/', objectKey: body })).toBe(true);
    expect(isCacheObjectKey({ prefix: 'p/', objectKey: sidecar })).toBe(true);
    expect(isCacheObjectKey({ prefix: 'p/', objectKey: 'p/README.txt' })).toBe(false);
    expect(
      isCacheObjectKey({ prefix: 'p/', objectKey: `p/nested/${body.slice(2)}` }),
    ).toBe(false);
    expect(isCacheObjectKey({ prefix: 'q/', objectKey: body })).toBe(false);
  });
});
