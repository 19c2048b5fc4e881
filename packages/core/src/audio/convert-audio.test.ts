import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../spec/errors/invalid-argument-error';
import { UnsupportedFeatureError } from '../spec/errors/unsupported-feature-error';
import type { AudioFormat, EngineV1Audio } from '../spec/v1/audio-format';
import { convertAudio } from './convert-audio';
import { measurePcm } from './measure-pcm';
import { parseMp3Frames } from './mp3-frame-parser';
import { bytesToPcm, pcmToBytes } from './pcm-bytes';
import { countZeroCrossings, createSine } from './test-signals';
import { decodeWav } from './wav-decoder';
import { encodeWav } from './wav-encoder';

const fixture = (name: string) =>
  new Uint8Array(
    readFileSync(fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url))),
  );
const sine = createSine({ frequency: 440, sampleRate: 22_050, durationSeconds: 1 });
const pcmAudio: EngineV1Audio = { type: 'pcm', samples: sine, sampleRate: 22_050 };

async function expectRejection(
  promise: Promise<unknown>,
  check: (error: unknown) => boolean,
  message: RegExp,
) {
  await expect(promise).rejects.toThrow(message);
  await expect(promise).rejects.toSatisfy(check);
}

describe('convertAudio from PCM', () => {
  it('wraps PCM in a WAV without resampling', async () => {
    const result = await convertAudio({ audio: pcmAudio, format: 'wav' });
    expect(result.format).toBe('wav');
    expect(result.sampleRate).toBe(22_050);
    expect(result.durationMs).toBe(1_000);
    expect(result.samples).toBe(sine);
    expect(decodeWav(result.data).samples).toEqual(sine);
  });

  it('resamples to the requested rate and reports the exact duration', async () => {
    const result = await convertAudio({
      audio: pcmAudio,
      format: 'pcm',
      sampleRate: 16_000,
    });
    expect(result.sampleRate).toBe(16_000);
    expect(result.samples!.length).toBe(16_000);
    expect(result.durationMs).toBe(1_000);
    const samples = bytesToPcm(result.data);
    expect(samples).toEqual(result.samples);
    expect(Math.abs(countZeroCrossings(samples) - 880)).toBeLessThanOrEqual(2);
  });

  it('reports durationMs from the sample count, not rounded to whole milliseconds', async () => {
    const audio: EngineV1Audio = {
      type: 'pcm',
      samples: new Int16Array(100),
      sampleRate: 8_000,
    };
    expect((await convertAudio({ audio, format: 'pcm' })).durationMs).toBe(12.5);
  });

  it('encodes MP3 at the nearest MP3 rate when the asked-for rate is not one', async () => {
    const result = await convertAudio({
      audio: pcmAudio,
      format: 'mp3',
      sampleRate: 20_000,
    });
    expect(result.sampleRate).toBe(22_050);
    expect(result.durationMs).toBe(1_000);
    expect(parseMp3Frames(result.data).sampleRate).toBe(22_050);
  });

  it('refuses to encode Ogg Opus', async () => {
    await expectRejection(
      convertAudio({ audio: pcmAudio, format: 'ogg_opus' }),
      (error) =>
        UnsupportedFeatureError.isInstance(error) &&
        error.feature === 'ogg-opus-encoding',
      /Ogg Opus/,
    );
  });
});

describe('convertAudio from encoded WAV and PCM', () => {
  it('turns espeak-ng WAV output into MP3, keeping the header sample rate', async () => {
    const audio: EngineV1Audio = {
      type: 'encoded',
      format: 'wav',
      data: fixture('espeak-ng-stdout-hi.wav'),
      sampleRate: 16_000,
    };
    const result = await convertAudio({ audio, format: 'mp3' });
    expect(result.sampleRate).toBe(22_050);
    expect(measurePcm(result.samples!).peak).toBeGreaterThan(0.1);
    expect(result.durationMs).toBeCloseTo((result.samples!.length * 1_000) / 22_050, 9);
    const info = parseMp3Frames(result.data);
    expect(info.sampleRate).toBe(22_050);
    expect(info.sampleCount - 1_105 - result.samples!.length).toBeLessThan(576);
  });

  it('rewrites a WAV with placeholder sizes as a canonical one', async () => {
    const wav = encodeWav({ samples: Int16Array.from([1, 2, 3]), sampleRate: 24_000 });
    new DataView(wav.buffer).setUint32(40, 0xffffffff, true);
    const result = await convertAudio({
      audio: { type: 'encoded', format: 'wav', data: wav, sampleRate: 24_000 },
      format: 'wav',
    });
    expect(new DataView(result.data.buffer).getUint32(40, true)).toBe(6);
  });

  it('reads encoded s16le PCM at the declared rate', async () => {
    const result = await convertAudio({
      audio: {
        type: 'encoded',
        format: 'pcm',
        data: pcmToBytes(sine),
        sampleRate: 22_050,
      },
      format: 'wav',
      sampleRate: 44_100,
    });
    expect(result.sampleRate).toBe(44_100);
    expect(result.samples!.length).toBe(44_100);
    expect(decodeWav(result.data).sampleRate).toBe(44_100);
  });

  it('names audio.data when the WAV is malformed', async () => {
    await expectRejection(
      convertAudio({
        audio: {
          type: 'encoded',
          format: 'wav',
          data: new Uint8Array(8),
          sampleRate: 22_050,
        },
        format: 'pcm',
      }),
      (error) =>
        InvalidArgumentError.isInstance(error) && error.argument === 'audio.data',
      /Invalid WAV: 8 bytes is too short/,
    );
  });
});

describe('convertAudio from MP3 and Ogg Opus', () => {
  const mp3: EngineV1Audio = {
    type: 'encoded',
    format: 'mp3',
    data: fixture('lame-3.100-info-tag-6615-samples.mp3'),
    sampleRate: 22_050,
  };
  const opus: EngineV1Audio = {
    type: 'encoded',
    format: 'ogg_opus',
    data: fixture('opusenc-300ms-22050.opus'),
    sampleRate: 48_000,
  };

  it.each([undefined, 22_050])(
    'passes MP3 through untouched (sampleRate %s)',
    async (sampleRate) => {
      const result = await convertAudio({
        audio: mp3,
        format: 'mp3',
        ...(sampleRate ? { sampleRate } : {}),
      });
      expect(result.data).toBe((mp3 as { data: Uint8Array }).data);
      expect(result.sampleRate).toBe(22_050);
      expect(result.durationMs).toBeCloseTo(300, 6);
      expect(result.samples).toBeUndefined();
    },
  );

  it('passes Ogg Opus through with its duration from the last page', async () => {
    const result = await convertAudio({ audio: opus, format: 'ogg_opus' });
    expect(result.data).toBe((opus as { data: Uint8Array }).data);
    expect(result.durationMs).toBeCloseTo(300, 0);
  });

  it.each<[string, EngineV1Audio, AudioFormat, number | undefined, string]>([
    ['MP3 to WAV', mp3, 'wav', undefined, 'mp3-decoding'],
    ['MP3 to PCM', mp3, 'pcm', undefined, 'mp3-decoding'],
    ['MP3 at another rate', mp3, 'mp3', 16_000, 'mp3-decoding'],
    ['Ogg Opus to MP3', opus, 'mp3', undefined, 'ogg-opus-decoding'],
    ['Ogg Opus at another rate', opus, 'ogg_opus', 24_000, 'ogg-opus-decoding'],
  ])(
    'refuses %s (needs a decoder)',
    async (_name, audio, format, sampleRate, feature) => {
      await expectRejection(
        convertAudio({ audio, format, ...(sampleRate ? { sampleRate } : {}) }),
        (error) => UnsupportedFeatureError.isInstance(error) && error.feature === feature,
        /decoder/,
      );
    },
  );

  it('names audio.data when the MP3 has no frames', async () => {
    await expectRejection(
      convertAudio({
        audio: {
          type: 'encoded',
          format: 'mp3',
          data: new Uint8Array(100),
          sampleRate: 22_050,
        },
        format: 'mp3',
      }),
      (error) =>
        InvalidArgumentError.isInstance(error) && error.argument === 'audio.data',
      /no MPEG audio/,
    );
  });
});

describe('convertAudio argument checks', () => {
  it.each<[string, Parameters<typeof convertAudio>[0], string]>([
    ['unknown format', { audio: pcmAudio, format: 'flac' as AudioFormat }, 'format'],
    ['bad sampleRate', { audio: pcmAudio, format: 'wav', sampleRate: -5 }, 'sampleRate'],
    [
      'bad audio.sampleRate',
      { audio: { ...pcmAudio, sampleRate: 0 }, format: 'wav' },
      'audio.sampleRate',
    ],
    [
      'samples not Int16Array',
      {
        audio: {
          type: 'pcm',
          samples: [1, 2] as unknown as Int16Array,
          sampleRate: 8_000,
        },
        format: 'wav',
      },
      'audio.samples',
    ],
    [
      'unknown audio type',
      { audio: { type: 'stream' } as unknown as EngineV1Audio, format: 'wav' },
      'audio',
    ],
    [
      'odd PCM byte count',
      {
        audio: {
          type: 'encoded',
          format: 'pcm',
          data: new Uint8Array(3),
          sampleRate: 8_000,
        },
        format: 'wav',
      },
      'audio.data',
    ],
  ])('rejects %s', async (_name, options, argument) => {
    await expectRejection(
      convertAudio(options),
      (error) => InvalidArgumentError.isInstance(error) && error.argument === argument,
      /./,
    );
  });
});
