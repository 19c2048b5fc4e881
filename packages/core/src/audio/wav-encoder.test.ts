import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../spec/errors/invalid-argument-error';
import { decodeWav } from './wav-decoder';
import { encodeWav, WAV_HEADER_BYTES } from './wav-encoder';

const ascii = (bytes: Uint8Array, offset: number) =>
  String.fromCharCode(...bytes.subarray(offset, offset + 4));

describe('encodeWav', () => {
  it('writes the canonical 44-byte PCM header with correct sizes', () => {
    const samples = Int16Array.from([0, 1, -1, 32_767, -32_768]);
    const bytes = encodeWav({ samples, sampleRate: 22_050 });
    const view = new DataView(bytes.buffer);
    expect(bytes.length).toBe(WAV_HEADER_BYTES + 10);
    expect(ascii(bytes, 0)).toBe('RIFF');
    expect(view.getUint32(4, true)).toBe(36 + 10);
    expect(ascii(bytes, 8)).toBe('WAVE');
    expect(ascii(bytes, 12)).toBe('fmt ');
    expect(view.getUint32(16, true)).toBe(16);
    expect(view.getUint16(20, true)).toBe(1);
    expect(view.getUint16(22, true)).toBe(1);
    expect(view.getUint32(24, true)).toBe(22_050);
    expect(view.getUint32(28, true)).toBe(44_100);
    expect(view.getUint16(32, true)).toBe(2);
    expect(view.getUint16(34, true)).toBe(16);
    expect(ascii(bytes, 36)).toBe('data');
    expect(view.getUint32(40, true)).toBe(10);
  });

  it('stores samples little-endian', () => {
    const bytes = encodeWav({
      samples: Int16Array.from([0x1234, -2]),
      sampleRate: 8_000,
    });
    expect([...bytes.subarray(44)]).toEqual([0x34, 0x12, 0xfe, 0xff]);
  });

  it('round-trips through decodeWav, including a view at an odd byte offset', () => {
    const samples = Int16Array.from(
      { length: 1_001 },
      (_, index) => ((index * 97) % 65_536) - 32_768,
    );
    const encoded = encodeWav({ samples, sampleRate: 24_000 });
    const shifted = new Uint8Array(encoded.length + 1);
    shifted.set(encoded, 1);
    const decoded = decodeWav(shifted.subarray(1));
    expect(decoded.sampleRate).toBe(24_000);
    expect(decoded.channels).toBe(1);
    expect(decoded.samples).toEqual(samples);
  });

  it('encodes empty audio as a header with a zero-length data chunk', () => {
    const bytes = encodeWav({ samples: new Int16Array(0), sampleRate: 16_000 });
    expect(bytes.length).toBe(44);
    expect(new DataView(bytes.buffer).getUint32(40, true)).toBe(0);
  });

  it.each([0, -1, 22_050.5, Number.NaN, 1e9])('rejects sample rate %s', (sampleRate) => {
    expect(() => encodeWav({ samples: new Int16Array(1), sampleRate })).toThrow(
      InvalidArgumentError,
    );
  });

  it('rejects more than one channel and non-Int16Array samples', () => {
    expect(() =>
      encodeWav({ samples: new Int16Array(2), sampleRate: 8_000, channels: 2 as 1 }),
    ).toThrow(/mono/);
    expect(() =>
      encodeWav({
        samples: new Float32Array(2) as unknown as Int16Array,
        sampleRate: 8_000,
      }),
    ).toThrow(/Int16Array/);
  });
});
