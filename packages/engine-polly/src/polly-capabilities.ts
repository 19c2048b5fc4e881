import type { EngineV1Capabilities, InputLimitV1 } from '@ttskit/core/spec';
import { getDialectCapabilities } from '@ttskit/ssml';
import { hasSpeechMarks, type PollyEngineType } from './polly-engine-type';
import { POLLY_FORMATS } from './polly-output-format';

/**
 * `EngineV1Capabilities` plus the Polly engine type as the SSML voice
 * family. Core does not read `ssml.family` yet (it lowers every Polly voice
 * for `neural`, the `@ttskit/ssml` default); it is declared so a core that
 * does can lower per engine type.
 */
export type PollyCapabilities = EngineV1Capabilities & {
  ssml: { dialect: 'polly'; family: PollyEngineType };
};

/** What one Polly voice and engine type can do; a fresh object per engine. */
export function pollyCapabilities(options: {
  engineType: PollyEngineType;
  speechMarks: boolean;
}): PollyCapabilities {
  const { engineType } = options;
  const { maxInput, maxTotalInput } = getDialectCapabilities({
    dialect: 'polly',
    family: engineType,
  }).limits;
  const limits = [maxInput, maxTotalInput].filter(
    (limit): limit is InputLimitV1 => limit !== undefined,
  );
  const timed = options.speechMarks && hasSpeechMarks(engineType);
  return {
    ssml: { dialect: 'polly', family: engineType },
    // 3,000 billed characters (tags are free) and 6,000 characters in all
    maxInput: limits.length > 0 ? limits : { unit: 'billed-chars', max: 3000 },
    formats: POLLY_FORMATS.map((entry) => ({
      format: entry.format,
      sampleRates: [...entry.sampleRates],
    })),
    streaming: true,
    wordTimings: timed ? 'real' : 'none',
    marks: timed,
  };
}
