import { describe, expect, it } from 'vitest';
import { toStoreKey } from './store-key';

describe('toStoreKey', () => {
  it('keeps request keys readable', () => {
    const key = 'a'.repeat(64);
    expect(toStoreKey(key)).toBe(key);
  });

  it('hashes keys a store might refuse or misread', () => {
    for (const key of [
      'a b',
      ' a',
      '../x',
      'a:b',
      'nul\u0000',
      'é',
      '',
      'x'.repeat(201),
    ]) {
      expect(toStoreKey(key)).toMatch(/^~[0-9a-f]{64}$/);
    }
    expect(toStoreKey('a b')).not.toBe(toStoreKey('a  b'));
  });
});
