import type { AudioFormat, Warning } from '@ttskit/core/spec';
import type { PollyEngineType } from './polly-engine-type';

/** Polly's `OutputFormat` values for audio. */
export type PollyAudioFormat = 'pcm' | 'mp3' | 'ogg_opus';

/** What Polly produces natively, as ttskit names it. */
export const POLLY_FORMATS: ReadonlyArray<{
  format: AudioFormat;
  sampleRates: readonly number[];
}> = [
  { format: 'pcm', sampleRates: [8000, 16_000] },
  { format: 'mp3', sampleRates: [8000, 16_000, 22_050, 24_000, 44_100, 48_000] },
  { format: 'ogg_opus', sampleRates: [48_000] },
];

const PCM_MAX_RATE = 16_000;

export type PollyOutputChoice = {
  outputFormat: PollyAudioFormat;
  sampleRate: number;
  warnings: Warning[];
};

function ratesOf(format: AudioFormat): readonly number[] {
  return POLLY_FORMATS.find((entry) => entry.format === format)?.sampleRates ?? [];
}

/** Polly's default MP3 rate: 22 050 Hz for standard voices, 24 000 Hz for the rest. */
function defaultCompressedRate(options: {
  format: AudioFormat;
  engineType: PollyEngineType;
}): number {
  if (options.format === 'ogg_opus') return 48_000;
  return options.engineType === 'standard' ? 22_050 : 24_000;
}

function pcmRate(sampleRate: number | undefined): number {
  return sampleRate !== undefined && sampleRate <= 8000 ? 8000 : PCM_MAX_RATE;
}

/**
 * Maps a call's format and sample rate to Polly's. `wav` and `pcm` become
 * Polly `pcm` (at most 16 kHz; core adds the WAV header and resamples).
 * `mp3` and `ogg_opus` are passed through natively when Polly offers the
 * rate asked for; otherwise Polly `pcm` comes back, with a warning, and core
 * encodes. `streaming` always asks for `pcm`.
 */
export function choosePollyOutput(options: {
  format: AudioFormat;
  sampleRate?: number | undefined;
  engineType: PollyEngineType;
  streaming?: boolean;
}): PollyOutputChoice {
  const { format, sampleRate, engineType } = options;
  const warnings: Warning[] = [];
  const compressed = format === 'mp3' || format === 'ogg_opus';
  if (compressed && !options.streaming) {
    if (sampleRate === undefined)
      return {
        outputFormat: format,
        sampleRate: defaultCompressedRate({ format, engineType }),
        warnings,
      };
    if (ratesOf(format).includes(sampleRate))
      return { outputFormat: format, sampleRate, warnings };
    warnings.push({
      type: 'unsupported-setting',
      setting: 'sampleRate',
      details: `Polly has no ${format} at ${sampleRate} Hz (it offers ${ratesOf(format).join(', ')}); it returned PCM at ${pcmRate(sampleRate)} Hz for ttskit to resample and encode`,
    });
  }
  const rate = pcmRate(sampleRate);
  if (
    sampleRate !== undefined &&
    sampleRate > PCM_MAX_RATE &&
    (!compressed || options.streaming)
  ) {
    warnings.push({
      type: 'unsupported-setting',
      setting: 'sampleRate',
      details: `Polly PCM is at most ${PCM_MAX_RATE} Hz; ${sampleRate} Hz is resampled from ${rate} Hz (ask for mp3 to get Polly's 22 050 to 48 000 Hz)`,
    });
  }
  return { outputFormat: 'pcm', sampleRate: rate, warnings };
}
