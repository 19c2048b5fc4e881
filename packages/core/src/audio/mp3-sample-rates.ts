import { InvalidArgumentError } from '../spec/errors/invalid-argument-error';

/** Sample rates an MP3 stream can have: MPEG-1 (32–48 kHz), MPEG-2 (16–24), MPEG-2.5 (8–12). */
export const MP3_SAMPLE_RATES = [
  8_000, 11_025, 12_000, 16_000, 22_050, 24_000, 32_000, 44_100, 48_000,
] as const;

const mpeg1Bitrates = [32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const mpeg2Bitrates = [8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
// The MPEG-2.5 header allows up to 160 kbps, but LAME silently caps 8–12 kHz at 64.
const mpeg25Bitrates = mpeg2Bitrates.slice(0, 8);

/**
 * The MP3 sample rate closest to `sampleRate` (ties go to the higher rate).
 * {@link encodeMp3} resamples to it when `sampleRate` itself is not one of
 * {@link MP3_SAMPLE_RATES}.
 */
export function nearestMp3SampleRate(sampleRate: number): number {
  let best: number = MP3_SAMPLE_RATES[0];
  for (const candidate of MP3_SAMPLE_RATES) {
    if (Math.abs(candidate - sampleRate) <= Math.abs(best - sampleRate)) best = candidate;
  }
  return best;
}

/** Constant bitrates (kbps) allowed at an MP3 sample rate. */
export function mp3BitratesFor(sampleRate: number): readonly number[] {
  if (sampleRate >= 32_000) return mpeg1Bitrates;
  return sampleRate >= 16_000 ? mpeg2Bitrates : mpeg25Bitrates;
}

/** Default bitrate: 64 kbps up to 24 kHz, 128 kbps above (mono speech sounds clean at both). */
export function defaultMp3Bitrate(sampleRate: number): number {
  return sampleRate <= 24_000 ? 64 : 128;
}

/** @throws InvalidArgumentError when the bitrate cannot be used at this MP3 sample rate. */
export function assertMp3Bitrate(options: {
  bitrateKbps: number;
  sampleRate: number;
}): void {
  const allowed = mp3BitratesFor(options.sampleRate);
  if (!allowed.includes(options.bitrateKbps)) {
    throw new InvalidArgumentError({
      message: `bitrateKbps ${String(options.bitrateKbps)} is not valid for ${options.sampleRate} Hz MP3; use one of ${allowed.join(', ')}.`,
      argument: 'bitrateKbps',
    });
  }
}
