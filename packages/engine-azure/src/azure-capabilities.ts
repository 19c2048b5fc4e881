import type { EngineV1Capabilities } from '@ttskit/core/spec';
import { getDialectCapabilities } from '@ttskit/ssml';
import { azureVoiceFamily } from './azure-voice-family';
import { MP3_SAMPLE_RATES, OPUS_SAMPLE_RATES, PCM_SAMPLE_RATES } from './output-formats';

/** 64 KB of SSML per websocket turn (Azure's quota page). */
const DEFAULT_MAX_INPUT = { unit: 'utf8-bytes', max: 65_536 } as const;

/**
 * What one Azure voice takes and returns. The input limit comes from
 * `@ttskit/ssml`'s Azure table; HD voices have no `bookmark`, so no marks.
 */
export function azureCapabilities(voice: string): EngineV1Capabilities {
  const family = azureVoiceFamily(voice);
  const limits = getDialectCapabilities({ dialect: 'azure', family }).limits;
  return {
    ssml: { dialect: 'azure' },
    maxInput: { ...(limits.maxInput ?? DEFAULT_MAX_INPUT) },
    formats: [
      { format: 'pcm', sampleRates: [...PCM_SAMPLE_RATES] },
      { format: 'wav', sampleRates: [...PCM_SAMPLE_RATES] },
      { format: 'mp3', sampleRates: [...MP3_SAMPLE_RATES] },
      { format: 'ogg_opus', sampleRates: [...OPUS_SAMPLE_RATES] },
    ],
    streaming: true,
    wordTimings: 'real',
    marks: family === 'neural',
  };
}
