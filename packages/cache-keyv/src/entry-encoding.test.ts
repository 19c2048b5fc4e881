import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeEntry, encodeEntry } from './entry-encoding';

describe('entry encoding', () => {
  it('round-trips bytes and metadata exactly, in about 4/3 of the size', () => {
    const data = new Uint8Array(randomBytes(30_000));
    const metadata = {
      format: 'mp3',
      note: ':base64:not-a-buffer',
      words: [{ text: 'é' }],
    };
    const encoded = encodeEntry({ data, metadata });
    expect(encoded.length / data.byteLength).toBeLessThan(1.34);
    const decoded = decodeEntry(encoded);
    expect(Buffer.from(decoded.data).equals(Buffer.from(data))).toBe(true);
    expect(decoded.data.constructor).toBe(Uint8Array);
    expect(decoded.metadata).toEqual(metadata);
  });

  it('encodes a view into a larger buffer, not the whole buffer', () => {
    const backing = new Uint8Array([9, 9, 1, 2, 3, 9]);
    const decoded = decodeEntry(
      encodeEntry({ data: backing.subarray(2, 5), metadata: {} }),
    );
    expect([...decoded.data]).toEqual([1, 2, 3]);
  });

  it('returns bytes that own their memory, even for small values', () => {
    const decoded = decodeEntry(
      encodeEntry({ data: new Uint8Array([1, 2]), metadata: {} }),
    );
    expect(decoded.data.buffer.byteLength).toBe(2);
  });

  it('rejects values it did not write, and truncated ones', () => {
    const encoded = encodeEntry({ data: new Uint8Array(100), metadata: { a: 1 } });
    expect(() => decodeEntry(encoded.slice(0, -8))).toThrow(/instead of 100/);
    expect(() => decodeEntry('{"0":1}')).toThrow(/unknown format/);
    expect(() => decodeEntry({ data: 'x' })).toThrow(/not a string/);
    expect(() => decodeEntry('ttskit1:0:3:[1]')).toThrow(/not an object/);
  });
});
