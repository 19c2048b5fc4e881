import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../spec/errors/invalid-argument-error';
import { encodeMp3 } from './mp3-encoder';
import { createSine } from './test-signals';
import { decodeWav } from './wav-decoder';

/**
 * A strict, independent MPEG audio frame walker: every frame must start with the 0xFFE sync
 * exactly where the previous one ended, and the stream must end on a frame boundary.
 */
function walkFrames(bytes: Uint8Array) {
  const rateTable: Record<number, number[]> = {
    3: [44_100, 48_000, 32_000],
    2: [22_050, 24_000, 16_000],
    0: [11_025, 12_000, 8_000],
  };
  const bitrateTable = {
    mpeg1: [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
    mpeg2: [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
  };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 0;
  const frames: { sampleRate: number; bitrateKbps: number; mono: boolean }[] = [];
  let samples = 0;
  while (offset < bytes.length) {
    const header = view.getUint32(offset, false);
    expect(header >>> 21, `0xFFE sync word at byte ${offset}`).toBe(0x7ff);
    const version = (header >>> 19) & 3;
    expect((header >>> 17) & 3, 'layer III').toBe(1);
    const sampleRate = rateTable[version]![(header >>> 10) & 3]!;
    const bitrateKbps = (version === 3 ? bitrateTable.mpeg1 : bitrateTable.mpeg2)[
      (header >>> 12) & 15
    ]!;
    const samplesPerFrame = version === 3 ? 1_152 : 576;
    const size =
      Math.floor((samplesPerFrame / 8) * ((bitrateKbps * 1_000) / sampleRate)) +
      ((header >>> 9) & 1);
    frames.push({ sampleRate, bitrateKbps, mono: ((header >>> 6) & 3) === 3 });
    samples += samplesPerFrame;
    offset += size;
  }
  expect(offset, 'stream ends on a frame boundary').toBe(bytes.length);
  return { frames, samples };
}

/** LAME's encoder delay (576) plus the decoder delay it compensates (529). */
const lameDelay = 1_105;

describe('encodeMp3', () => {
  it.each([16_000, 22_050, 24_000, 44_100, 48_000, 8_000])(
    'encodes %i Hz mono into valid frames of the right length',
    async (sampleRate) => {
      const samples = createSine({ frequency: 440, sampleRate, durationSeconds: 2 });
      const bytes = await encodeMp3({ samples, sampleRate });
      const { frames, samples: frameSamples } = walkFrames(bytes);
      expect(new Set(frames.map((frame) => frame.sampleRate))).toEqual(
        new Set([sampleRate]),
      );
      expect(frames.every((frame) => frame.mono)).toBe(true);
      expect(frames[0]!.bitrateKbps).toBe(sampleRate <= 24_000 ? 64 : 128);
      // Frames hold the input, LAME's delay, and padding up to a whole frame.
      const samplesPerFrame = sampleRate >= 32_000 ? 1_152 : 576;
      const padding = frameSamples - lameDelay - samples.length;
      expect(padding).toBeGreaterThanOrEqual(0);
      expect(padding).toBeLessThan(samplesPerFrame);
      if (sampleRate >= 16_000) {
        const durationMs = ((frameSamples - lameDelay) * 1_000) / sampleRate;
        expect(Math.abs(durationMs - 2_000)).toBeLessThanOrEqual(50);
      }
    },
  );

  it('honours bitrateKbps', async () => {
    const samples = createSine({
      frequency: 300,
      sampleRate: 22_050,
      durationSeconds: 1,
    });
    const bytes = await encodeMp3({ samples, sampleRate: 22_050, bitrateKbps: 32 });
    const { frames } = walkFrames(bytes);
    expect(new Set(frames.map((frame) => frame.bitrateKbps))).toEqual(new Set([32]));
    // 32 kbps for ~1.05 s: about 4.2 KB.
    expect(bytes.length).toBeGreaterThan(4_000);
    expect(bytes.length).toBeLessThan(4_600);
  });

  it('resamples a rate MP3 cannot carry to the nearest one it can (20,000 → 22,050 Hz)', async () => {
    const samples = createSine({
      frequency: 440,
      sampleRate: 20_000,
      durationSeconds: 1,
    });
    const { frames, samples: frameSamples } = walkFrames(
      await encodeMp3({ samples, sampleRate: 20_000 }),
    );
    expect(frames[0]!.sampleRate).toBe(22_050);
    expect(Math.abs((frameSamples - lameDelay) / 22_050 - 1)).toBeLessThan(0.05);
  });

  it('encodes real speech (espeak-ng) and concurrent calls without mixing them up', async () => {
    const wav = readFileSync(
      fileURLToPath(new URL('./__fixtures__/espeak-ng-stdout-hi.wav', import.meta.url)),
    );
    const speech = decodeWav(new Uint8Array(wav)).samples;
    const inputs = [
      { samples: speech, sampleRate: 22_050 },
      {
        samples: createSine({ frequency: 200, sampleRate: 48_000, durationSeconds: 0.5 }),
        sampleRate: 48_000,
      },
      {
        samples: createSine({ frequency: 200, sampleRate: 16_000, durationSeconds: 3 }),
        sampleRate: 16_000,
      },
    ];
    const outputs = await Promise.all(inputs.map((input) => encodeMp3(input)));
    outputs.forEach((bytes, index) => {
      const { frames, samples } = walkFrames(bytes);
      expect(frames[0]!.sampleRate).toBe(inputs[index]!.sampleRate);
      expect(samples - lameDelay - inputs[index]!.samples.length).toBeGreaterThanOrEqual(
        0,
      );
      expect(samples - lameDelay - inputs[index]!.samples.length).toBeLessThan(1_152);
    });
  });

  it('produces the same bytes for the same input', async () => {
    const samples = createSine({
      frequency: 500,
      sampleRate: 24_000,
      durationSeconds: 0.5,
    });
    const first = await encodeMp3({ samples, sampleRate: 24_000 });
    const second = await encodeMp3({ samples, sampleRate: 24_000 });
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it.each([
    [{ sampleRate: 22_050, bitrateKbps: 320 }, 'bitrateKbps', /valid for 22050 Hz/],
    [
      { sampleRate: 8_000, bitrateKbps: 128 },
      'bitrateKbps',
      /8, 16, 24, 32, 40, 48, 56, 64\./,
    ],
    [{ sampleRate: 44_100, bitrateKbps: 100 }, 'bitrateKbps', /32, 40/],
    [{ sampleRate: 0 }, 'sampleRate', /sampleRate/],
  ])('rejects %o', async (options, argument, message) => {
    const promise = encodeMp3({ samples: new Int16Array(100), ...options });
    await expect(promise).rejects.toThrow(message);
    await expect(promise).rejects.toSatisfy(
      (error: unknown) =>
        InvalidArgumentError.isInstance(error) && error.argument === argument,
    );
  });

  it('loads the encoder lazily: no static import of wasm-media-encoders', () => {
    const source = readFileSync(
      fileURLToPath(new URL('./lame-encoder.ts', import.meta.url)),
      'utf8',
    );
    expect(source).not.toMatch(/^import[^;]*from 'wasm-media-encoders'/m);
    expect(source).toMatch(/import\('wasm-media-encoders'\)/);
  });
});
