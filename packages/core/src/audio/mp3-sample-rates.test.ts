import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../spec/errors/invalid-argument-error';
import {
  assertMp3Bitrate,
  defaultMp3Bitrate,
  MP3_SAMPLE_RATES,
  mp3BitratesFor,
  nearestMp3SampleRate,
} from './mp3-sample-rates';

describe('MP3 sample rates and bitrates', () => {
  it('keeps rates MP3 supports', () => {
    for (const rate of MP3_SAMPLE_RATES) expect(nearestMp3SampleRate(rate)).toBe(rate);
  });

  it.each([
    [7_000, 8_000],
    [20_000, 22_050],
    [19_000, 16_000],
    [23_000, 22_050],
    [40_000, 44_100],
    [96_000, 48_000],
    [1, 8_000],
  ])('maps %i Hz to %i Hz', (rate, expected) => {
    expect(nearestMp3SampleRate(rate)).toBe(expected);
  });

  it('defaults to 64 kbps up to 24 kHz and 128 kbps above', () => {
    expect(defaultMp3Bitrate(24_000)).toBe(64);
    expect(defaultMp3Bitrate(32_000)).toBe(128);
  });

  it('allows the bitrates of each MPEG version (MPEG-2.5 capped at 64 like LAME)', () => {
    expect(mp3BitratesFor(44_100)).toContain(320);
    expect(mp3BitratesFor(44_100)).not.toContain(8);
    expect(mp3BitratesFor(22_050)).toContain(160);
    expect(mp3BitratesFor(22_050)).not.toContain(192);
    expect(mp3BitratesFor(11_025).at(-1)).toBe(64);
    expect(() =>
      assertMp3Bitrate({ bitrateKbps: 144, sampleRate: 16_000 }),
    ).not.toThrow();
    expect(() => assertMp3Bitrate({ bitrateKbps: 144, sampleRate: 48_000 })).toThrow(
      InvalidArgumentError,
    );
  });
});
