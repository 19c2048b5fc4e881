import type { EngineV1Capabilities } from '@ttskit/core/spec';
import type { GoogleVoiceFamily } from '@ttskit/ssml';
import {
  LINEAR16_SAMPLE_RATES,
  MP3_OUTPUT_SAMPLE_RATES,
  OPUS_SAMPLE_RATES,
} from './google-audio-output';
import { googleDialectCapabilities } from './google-voice-family';

/** `audioConfig.speakingRate` range per family; absent: the family ignores it. */
const speakingRates: Readonly<
  Partial<Record<GoogleVoiceFamily, { min: number; max: number }>>
> = {
  standard: { min: 0.25, max: 4 },
  wavenet: { min: 0.25, max: 4 },
  neural2: { min: 0.25, max: 4 },
  news: { min: 0.25, max: 4 },
  casual: { min: 0.25, max: 4 },
  polyglot: { min: 0.25, max: 4 },
  studio: { min: 0.25, max: 4 },
  // "pace control" of Chirp 3: HD voices, 0.25x to 2x
  'chirp3-hd': { min: 0.25, max: 2 },
};

/** Google's limit on one request: 5,000 bytes of text or SSML, tags included. */
export const GOOGLE_MAX_INPUT_BYTES = 5_000;

export type GoogleVoiceCapabilities = {
  family: GoogleVoiceFamily;
  /** Chirp HD, Chirp 3: HD and Journey voices take plain text only. */
  plainTextOnly: boolean;
  capabilities: EngineV1Capabilities;
};

/**
 * What one Google voice can do, from its family: the `google` SSML dialect
 * (the `text` dialect for plain-text families, so core sends plain text and
 * emulates breaks, rates and marks), 5,000 UTF-8 bytes per request, LINEAR16
 * (wav, pcm), MP3 and Ogg Opus output, `speakingRate` as `speed`, no word
 * timings (Google reports none) and marks through v1beta1 timepoints
 * (not on Studio voices, which reject `<mark>`).
 */
export function googleVoiceCapabilities(voice: string): GoogleVoiceCapabilities {
  const table = googleDialectCapabilities(voice);
  const family = table.family as GoogleVoiceFamily;
  const speed = speakingRates[family];
  const maxInput = table.limits.maxInput ?? {
    unit: 'utf8-bytes',
    max: GOOGLE_MAX_INPUT_BYTES,
  };
  return {
    family,
    plainTextOnly: table.plainTextOnly,
    capabilities: {
      ssml: { dialect: table.plainTextOnly ? 'text' : 'google' },
      maxInput: { unit: maxInput.unit, max: maxInput.max },
      formats: [
        { format: 'wav', sampleRates: [...LINEAR16_SAMPLE_RATES] },
        { format: 'pcm', sampleRates: [...LINEAR16_SAMPLE_RATES] },
        { format: 'mp3', sampleRates: [...MP3_OUTPUT_SAMPLE_RATES] },
        { format: 'ogg_opus', sampleRates: [...OPUS_SAMPLE_RATES] },
      ],
      streaming: false,
      wordTimings: 'none',
      marks: !table.plainTextOnly && family !== 'studio',
      ...(speed === undefined ? {} : { speed: { ...speed } }),
    },
  };
}
