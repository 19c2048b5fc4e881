import type { EngineV1Capabilities } from '@ttskit/core/spec';
import { SPEECHIFY_SAMPLE_RATE } from './speechify-audio';

/**
 * Characters per `POST /v1/audio/speech`, SSML tags included (API limits
 * page). The stream endpoint takes 20,000, but both go through one limit.
 */
export const SPEECHIFY_MAX_INPUT = 2_000;

/**
 * A fresh copy per engine. `reserved` is markup the engine adds to every
 * request (the `<speechify:style>` wrapper of `settings.emotion`).
 */
export function speechifyCapabilities(options: {
  reserved: number;
}): EngineV1Capabilities {
  return {
    // Speechify takes a subset of SSML 1.1; the engine rewrites w3c output into it.
    ssml: { dialect: 'w3c' },
    // The docs count characters; UTF-16 units are never fewer, so this is safe.
    maxInput: { unit: 'utf16', max: SPEECHIFY_MAX_INPUT - options.reserved },
    formats: [
      { format: 'pcm', sampleRates: [SPEECHIFY_SAMPLE_RATE] },
      { format: 'mp3', sampleRates: [SPEECHIFY_SAMPLE_RATE] },
    ],
    streaming: true,
    wordTimings: 'real',
    marks: false,
  };
}
