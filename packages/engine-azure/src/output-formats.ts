import type { AudioFormat, Warning } from '@ttskit/core/spec';

export const PCM_SAMPLE_RATES = [8000, 16_000, 22_050, 24_000, 44_100, 48_000] as const;
export const MP3_SAMPLE_RATES = [16_000, 24_000, 48_000] as const;
export const OPUS_SAMPLE_RATES = [16_000, 24_000, 48_000] as const;
/** Azure's neural voices speak at 24 kHz. */
export const DEFAULT_SAMPLE_RATE = 24_000;

/** One Azure output format: the SDK's enum key and the name sent on the wire. */
export type AzureOutputFormat = {
  /** Key of the SDK's `SpeechSynthesisOutputFormat` enum. */
  sdkName: string;
  /** The name in `synthesis.context` (`raw-24khz-16bit-mono-pcm`). */
  wireName: string;
  kind: 'pcm' | 'mp3' | 'ogg_opus';
  sampleRate: number;
};

const pcm: Record<number, [string, string]> = {
  8000: ['Raw8Khz16BitMonoPcm', 'raw-8khz-16bit-mono-pcm'],
  16000: ['Raw16Khz16BitMonoPcm', 'raw-16khz-16bit-mono-pcm'],
  22050: ['Raw22050Hz16BitMonoPcm', 'raw-22050hz-16bit-mono-pcm'],
  24000: ['Raw24Khz16BitMonoPcm', 'raw-24khz-16bit-mono-pcm'],
  44100: ['Raw44100Hz16BitMonoPcm', 'raw-44100hz-16bit-mono-pcm'],
  48000: ['Raw48Khz16BitMonoPcm', 'raw-48khz-16bit-mono-pcm'],
};
const mp3: Record<number, [string, string]> = {
  16000: ['Audio16Khz128KBitRateMonoMp3', 'audio-16khz-128kbitrate-mono-mp3'],
  24000: ['Audio24Khz160KBitRateMonoMp3', 'audio-24khz-160kbitrate-mono-mp3'],
  48000: ['Audio48Khz192KBitRateMonoMp3', 'audio-48khz-192kbitrate-mono-mp3'],
};
const opus: Record<number, [string, string]> = {
  16000: ['Ogg16Khz16BitMonoOpus', 'ogg-16khz-16bit-mono-opus'],
  24000: ['Ogg24Khz16BitMonoOpus', 'ogg-24khz-16bit-mono-opus'],
  48000: ['Ogg48Khz16BitMonoOpus', 'ogg-48khz-16bit-mono-opus'],
};

/** The rate itself when offered, else the next higher one (core resamples down), else the highest. */
function closestRate(rates: readonly number[], wanted: number): number {
  return rates.find((rate) => rate >= wanted) ?? (rates.at(-1) as number);
}

function entry(
  table: Record<number, [string, string]>,
  kind: AzureOutputFormat['kind'],
  sampleRate: number,
): AzureOutputFormat {
  const [sdkName, wireName] = table[sampleRate] as [string, string];
  return { sdkName, wireName, kind, sampleRate };
}

function fallbackWarning(details: string): Warning {
  return { type: 'unsupported-setting', setting: 'sampleRate', details };
}

/**
 * The Azure format for a request. PCM (raw, never RIFF: core writes WAV
 * headers) for `pcm`, `wav` and every stream; MP3 and Ogg Opus at their own
 * rates. An MP3 rate Azure lacks falls back to PCM (core encodes MP3); an
 * Opus rate it lacks to the closest Opus rate. Both with a warning.
 */
export function chooseOutputFormat(options: {
  format: AudioFormat;
  sampleRate: number | undefined;
  streaming: boolean;
}): { outputFormat: AzureOutputFormat; warnings: Warning[] } {
  const { format, streaming } = options;
  const wanted = options.sampleRate ?? DEFAULT_SAMPLE_RATE;
  const pcmFormat = () => entry(pcm, 'pcm', closestRate(PCM_SAMPLE_RATES, wanted));
  if (streaming || (format !== 'mp3' && format !== 'ogg_opus'))
    return { outputFormat: pcmFormat(), warnings: [] };
  if (format === 'mp3') {
    if (wanted in mp3) return { outputFormat: entry(mp3, 'mp3', wanted), warnings: [] };
    return {
      outputFormat: pcmFormat(),
      warnings: [
        fallbackWarning(
          `[ttskit] [engine-azure] Azure has no MP3 at ${wanted} Hz (only ${MP3_SAMPLE_RATES.join(', ')}); it returned PCM for ttskit to encode`,
        ),
      ],
    };
  }
  if (wanted in opus)
    return { outputFormat: entry(opus, 'ogg_opus', wanted), warnings: [] };
  const rate = closestRate(OPUS_SAMPLE_RATES, wanted);
  return {
    outputFormat: entry(opus, 'ogg_opus', rate),
    warnings: [
      fallbackWarning(
        `[ttskit] [engine-azure] Azure has no Ogg Opus at ${wanted} Hz (only ${OPUS_SAMPLE_RATES.join(', ')}); it returned ${rate} Hz`,
      ),
    ],
  };
}
