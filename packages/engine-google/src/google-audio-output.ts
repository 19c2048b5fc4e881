import { MP3_SAMPLE_RATES } from '@ttskit/core';
import type { AudioFormat, Warning } from '@ttskit/core/spec';
import type { GoogleAudioEncoding } from './google-api-types';

/** LINEAR16 rates the API takes (it resamples to any rate in 8–48 kHz). */
export const LINEAR16_SAMPLE_RATES = [
  8_000, 11_025, 16_000, 22_050, 24_000, 32_000, 44_100, 48_000,
] as const;
/** MP3 rates (MPEG-1, 2 and 2.5). */
export const MP3_OUTPUT_SAMPLE_RATES: readonly number[] = MP3_SAMPLE_RATES;
/** Rates an Opus encoder takes. */
export const OPUS_SAMPLE_RATES = [8_000, 12_000, 16_000, 24_000, 48_000] as const;

const MIN_RATE = 8_000;
const MAX_RATE = 48_000;

/** How a requested format and rate go on the wire. */
export type GoogleAudioOutput = {
  audioEncoding: GoogleAudioEncoding;
  /** Absent: the voice's natural rate (24 kHz for current voices). */
  sampleRateHertz?: number;
  warnings: Warning[];
};

function linear16(
  sampleRate: number | undefined,
  warnings: Warning[],
): GoogleAudioOutput {
  if (sampleRate === undefined) return { audioEncoding: 'LINEAR16', warnings };
  if (Number.isInteger(sampleRate) && sampleRate >= MIN_RATE && sampleRate <= MAX_RATE)
    return { audioEncoding: 'LINEAR16', sampleRateHertz: sampleRate, warnings };
  warnings.push({
    type: 'unsupported-setting',
    setting: 'sampleRate',
    details: `Google produces 8000–48000 Hz; asked for ${sampleRate} Hz, the voice's own rate is used and core resamples`,
  });
  return { audioEncoding: 'LINEAR16', warnings };
}

/**
 * Maps a format and rate to Google's `audioEncoding` and `sampleRateHertz`:
 * `wav` and `pcm` → LINEAR16, `mp3` → MP3, `ogg_opus` → OGG_OPUS. A rate
 * the encoding cannot have falls back, with a warning: MP3 to LINEAR16 at
 * that rate (core encodes the MP3), Opus to the voice's own rate.
 */
export function planAudioOutput(options: {
  format: AudioFormat;
  sampleRate?: number | undefined;
}): GoogleAudioOutput {
  const { format, sampleRate } = options;
  const warnings: Warning[] = [];
  switch (format) {
    case 'mp3':
      if (sampleRate === undefined || MP3_OUTPUT_SAMPLE_RATES.includes(sampleRate)) {
        return {
          audioEncoding: 'MP3',
          ...(sampleRate === undefined ? {} : { sampleRateHertz: sampleRate }),
          warnings,
        };
      }
      warnings.push({
        type: 'unsupported-setting',
        setting: 'sampleRate',
        details: `MP3 has no ${sampleRate} Hz rate; Google was asked for LINEAR16 and core encodes the MP3`,
      });
      return linear16(sampleRate, warnings);
    case 'ogg_opus':
      if (
        sampleRate === undefined ||
        (OPUS_SAMPLE_RATES as readonly number[]).includes(sampleRate)
      ) {
        return {
          audioEncoding: 'OGG_OPUS',
          ...(sampleRate === undefined ? {} : { sampleRateHertz: sampleRate }),
          warnings,
        };
      }
      warnings.push({
        type: 'unsupported-setting',
        setting: 'sampleRate',
        details: `Opus has no ${sampleRate} Hz rate (8000, 12000, 16000, 24000 or 48000); the voice's own rate is used`,
      });
      return { audioEncoding: 'OGG_OPUS', warnings };
    default:
      return linear16(sampleRate, warnings);
  }
}
