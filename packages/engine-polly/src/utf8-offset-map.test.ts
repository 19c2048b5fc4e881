import { describe, expect, it } from 'vitest';
import { Utf8OffsetMap } from './utf8-offset-map';

describe('Utf8OffsetMap', () => {
  it('maps byte offsets of 1- to 4-byte characters to UTF-16 offsets', () => {
    const text = 'aé日😀b';
    const map = new Utf8OffsetMap(text);
    expect(map.byteLength).toBe(Buffer.byteLength(text));
    // a: 0, é: 1-2, 日: 3-5, 😀: 6-9 (2 UTF-16 units), b: 10
    expect([0, 1, 3, 6, 10, 11].map((byte) => map.toStart(byte))).toEqual([
      0, 1, 2, 3, 5, 6,
    ]);
    expect(text.slice(map.toStart(6), map.toEnd(10))).toBe('😀');
    expect(text.slice(map.toStart(3), map.toEnd(6))).toBe('日');
  });

  it('moves offsets inside a character to its start or end, and clamps out of range', () => {
    const map = new Utf8OffsetMap('é😀');
    expect(map.toStart(1)).toBe(0);
    expect(map.toEnd(1)).toBe(1);
    expect(map.toStart(4)).toBe(1);
    expect(map.toEnd(4)).toBe(3);
    expect(map.toStart(-5)).toBe(0);
    expect(map.toEnd(99)).toBe(3);
    expect(map.toEnd(Number.NaN)).toBe(0);
  });

  it('agrees with Buffer on every prefix of mixed text', () => {
    const text = 'Zoë 👩‍💻 naïve 日本 \ud800 x';
    const map = new Utf8OffsetMap(text);
    for (let index = 0; index <= text.length; index++) {
      const code = text.charCodeAt(index - 1);
      if (code >= 0xd800 && code <= 0xdbff && index < text.length) continue; // inside a pair
      const bytes = Buffer.byteLength(text.slice(0, index));
      expect(map.toStart(bytes)).toBe(index);
    }
  });
});
