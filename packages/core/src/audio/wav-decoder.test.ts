import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../spec/errors/invalid-argument-error';
import { UnsupportedFeatureError } from '../spec/errors/unsupported-feature-error';
import { measurePcm } from './measure-pcm';
import { buildRiff, dataChunk, formatChunk, otherChunk } from './test-wav-builder';
import { decodeWav } from './wav-decoder';
import { encodeWav } from './wav-encoder';

const int16 = (view: DataView, offset: number, value: number) =>
  view.setInt16(offset, value, true);
const mono16 = (values: number[]) =>
  dataChunk({ frames: values.map((value) => [value]), bytesPerSample: 2, write: int16 });
const formatMono16 = formatChunk({
  formatCode: 1,
  channels: 1,
  sampleRate: 22_050,
  bitsPerSample: 16,
});

describe('decodeWav: chunk layout', () => {
  it('skips LIST and fact chunks before data, with odd-size padding', () => {
    const bytes = buildRiff({
      chunks: [
        otherChunk({ id: 'LIST', length: 27 }),
        formatMono16,
        otherChunk({ id: 'fact', length: 4 }),
        mono16([1, -2, 3]),
        otherChunk({ id: 'id3 ', length: 9 }),
      ],
    });
    expect(decodeWav(bytes)).toEqual({
      samples: Int16Array.from([1, -2, 3]),
      sampleRate: 22_050,
      channels: 1,
    });
  });

  it('tolerates a writer that forgot the pad byte after an odd chunk', () => {
    const bytes = buildRiff({
      chunks: [
        otherChunk({ id: 'LIST', length: 5, padOddChunk: false }),
        formatMono16,
        mono16([7, 8]),
      ],
    });
    expect([...decodeWav(bytes).samples]).toEqual([7, 8]);
  });

  it.each([
    ['0', 0],
    ['0xFFFFFFFF', 0xffffffff],
    ['0x7FFFF000 (espeak-ng --stdout)', 0x7ffff000],
  ])('takes the rest of the file when the data size is %s', (_name, declaredSize) => {
    const data = { ...mono16([10, 20, 30, 40]), declaredSize };
    const bytes = buildRiff({ chunks: [formatMono16, data], riffSize: declaredSize });
    expect([...decodeWav(bytes).samples]).toEqual([10, 20, 30, 40]);
  });

  it('drops a trailing partial frame', () => {
    const bytes = buildRiff({ chunks: [formatMono16, mono16([5, 6])] });
    const truncated = bytes.subarray(0, bytes.length - 1);
    expect([...decodeWav(truncated).samples]).toEqual([5]);
  });

  it('accepts data before fmt when the data size is known', () => {
    const bytes = buildRiff({ chunks: [mono16([1, 2]), formatMono16] });
    expect([...decodeWav(bytes).samples]).toEqual([1, 2]);
  });

  it('decodes the header that espeak-ng --stdout writes (sizes left as placeholders)', () => {
    const canonical = encodeWav({
      samples: Int16Array.from([100, -100, 50]),
      sampleRate: 22_050,
    });
    const view = new DataView(canonical.buffer);
    view.setUint32(4, 0x7ffff024, true);
    view.setUint32(40, 0x7ffff000, true);
    expect([...decodeWav(canonical).samples]).toEqual([100, -100, 50]);
  });
});

describe('decodeWav: sample formats', () => {
  it('converts unsigned 8-bit', () => {
    const bytes = buildRiff({
      chunks: [
        formatChunk({ formatCode: 1, channels: 1, sampleRate: 8_000, bitsPerSample: 8 }),
        dataChunk({
          frames: [[0], [128], [255]],
          bytesPerSample: 1,
          write: (view, offset, value) => view.setUint8(offset, value),
        }),
      ],
    });
    expect([...decodeWav(bytes).samples]).toEqual([-32_768, 0, 32_512]);
  });

  it('converts signed 24-bit (rounded to the nearest s16)', () => {
    const write24 = (view: DataView, offset: number, value: number) => {
      view.setUint16(offset, value & 0xffff, true);
      view.setInt8(offset + 2, value >> 16);
    };
    const bytes = buildRiff({
      chunks: [
        formatChunk({
          formatCode: 1,
          channels: 1,
          sampleRate: 48_000,
          bitsPerSample: 24,
        }),
        dataChunk({
          frames: [[0x7fffff], [-0x800000], [0x123456], [-0x123456], [0x80]],
          bytesPerSample: 3,
          write: write24,
        }),
      ],
    });
    expect([...decodeWav(bytes).samples]).toEqual([32_767, -32_768, 0x1234, -0x1234, 1]);
  });

  it('converts signed 32-bit in a WAVE_FORMAT_EXTENSIBLE file', () => {
    const bytes = buildRiff({
      chunks: [
        formatChunk({
          formatCode: 1,
          channels: 1,
          sampleRate: 44_100,
          bitsPerSample: 32,
          extensible: true,
        }),
        dataChunk({
          frames: [[0x7fffffff], [-0x80000000], [0x10000]],
          bytesPerSample: 4,
          write: (view, offset, value) => view.setInt32(offset, value, true),
        }),
      ],
    });
    const decoded = decodeWav(bytes);
    expect(decoded.sampleRate).toBe(44_100);
    expect([...decoded.samples]).toEqual([32_767, -32_768, 1]);
  });

  it.each([false, true])(
    'converts 32-bit float, clamping overs (extensible: %s)',
    (extensible) => {
      const bytes = buildRiff({
        chunks: [
          formatChunk({
            formatCode: 3,
            channels: 1,
            sampleRate: 24_000,
            bitsPerSample: 32,
            extensible,
          }),
          dataChunk({
            frames: [[0], [0.5], [-1], [1.5], [-0.25]],
            bytesPerSample: 4,
            write: (view, offset, value) => view.setFloat32(offset, value, true),
          }),
        ],
      });
      expect([...decodeWav(bytes).samples]).toEqual([0, 16_384, -32_768, 32_767, -8_192]);
    },
  );

  it('downmixes stereo 16-bit to mono by averaging', () => {
    const bytes = buildRiff({
      chunks: [
        formatChunk({
          formatCode: 1,
          channels: 2,
          sampleRate: 44_100,
          bitsPerSample: 16,
        }),
        dataChunk({
          frames: [
            [1_000, 3_000],
            [-32_768, -32_768],
            [100, -100],
          ],
          bytesPerSample: 2,
          write: int16,
        }),
      ],
    });
    const decoded = decodeWav(bytes);
    expect(decoded.channels).toBe(2);
    expect([...decoded.samples]).toEqual([2_000, -32_768, 0]);
  });

  it('decodes μ-law and A-law', () => {
    const g711 = (formatCode: number, values: number[]) =>
      buildRiff({
        chunks: [
          formatChunk({ formatCode, channels: 1, sampleRate: 8_000, bitsPerSample: 8 }),
          dataChunk({
            frames: values.map((value) => [value]),
            bytesPerSample: 1,
            write: (view, offset, value) => view.setUint8(offset, value),
          }),
        ],
      });
    expect([...decodeWav(g711(7, [0xff, 0x80, 0x00, 0x7f])).samples]).toEqual([
      0, 32_124, -32_124, 0,
    ]);
    expect([...decodeWav(g711(6, [0xd5, 0x55, 0xaa, 0x2a])).samples]).toEqual([
      8, -8, 32_256, -32_256,
    ]);
  });
});

describe('decodeWav: malformed input', () => {
  const expectInvalid = (bytes: Uint8Array, message: RegExp) => {
    let thrown: unknown;
    try {
      decodeWav(bytes);
    } catch (error) {
      thrown = error;
    }
    expect(InvalidArgumentError.isInstance(thrown)).toBe(true);
    expect((thrown as Error).message).toMatch(message);
  };

  it('says what is wrong', () => {
    expectInvalid(new Uint8Array(4), /too short/);
    expectInvalid(new TextEncoder().encode('OggS\0\0\0\0WAVEfmt '), /expected 'RIFF'/);
    expectInvalid(new TextEncoder().encode('RIFF\0\0\0\0AVI LIST'), /expected 'WAVE'/);
    expectInvalid(
      buildRiff({ chunks: [mono16([1]), otherChunk({ id: 'LIST', length: 2 })] }),
      /no 'fmt ' chunk/,
    );
    expectInvalid(buildRiff({ chunks: [formatMono16] }), /no 'data' chunk/);
    expectInvalid(
      buildRiff({
        chunks: [
          { ...otherChunk({ id: 'LIST', length: 4 }), declaredSize: 999 },
          formatMono16,
        ],
      }),
      /chunk 'LIST' at byte 12 declares 999 bytes but only 28 remain/,
    );
    expectInvalid(
      buildRiff({ chunks: [{ id: 'fmt ', body: new Uint8Array(12) }, mono16([1])] }),
      /'fmt ' chunk is 12 bytes/,
    );
    expectInvalid(
      buildRiff({
        chunks: [
          formatChunk({
            formatCode: 1,
            channels: 0,
            sampleRate: 8_000,
            bitsPerSample: 16,
          }),
          mono16([1]),
        ],
      }),
      /0 channels/,
    );
    expectInvalid(
      buildRiff({
        chunks: [
          formatChunk({
            formatCode: 3,
            channels: 1,
            sampleRate: 8_000,
            bitsPerSample: 16,
          }),
          mono16([1]),
        ],
      }),
      /16-bit float/,
    );
  });

  it('reports compressed codecs and RIFX as unsupported features', () => {
    const adpcm = buildRiff({
      chunks: [
        formatChunk({ formatCode: 2, channels: 1, sampleRate: 8_000, bitsPerSample: 4 }),
        mono16([1]),
      ],
    });
    expect(() => decodeWav(adpcm)).toThrow(UnsupportedFeatureError);
    expect(() => decodeWav(adpcm)).toThrow(/0x0002 \(Microsoft ADPCM\)/);
    const rifx = buildRiff({ chunks: [formatMono16, mono16([1])], riffId: 'RIFX' });
    expect(() => decodeWav(rifx)).toThrow(/RIFX/);
  });
});

describe('decodeWav: real files', () => {
  it('decodes espeak-ng --stdout output (placeholder sizes 0x7FFFF024 / 0x7FFFF000)', () => {
    const bytes = new Uint8Array(
      readFileSync(
        fileURLToPath(new URL('./__fixtures__/espeak-ng-stdout-hi.wav', import.meta.url)),
      ),
    );
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    expect(view.getUint32(40, true)).toBe(0x7ffff000);
    const decoded = decodeWav(bytes);
    expect(decoded.sampleRate).toBe(22_050);
    expect(decoded.samples.length).toBe((bytes.length - 44) / 2);
    expect(measurePcm(decoded.samples).peak).toBeGreaterThan(0.1);
  });
});
