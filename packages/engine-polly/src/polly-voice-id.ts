import {
  isPollyEngineType,
  POLLY_ENGINE_TYPES,
  type PollyEngineType,
} from './polly-engine-type';
import { invalidArgument } from './polly-errors';

/** A Polly voice and the engine type it speaks with. */
export type PollyVoiceSelection = {
  /** Polly's `VoiceId`, e.g. `Joanna`. */
  voiceId: string;
  engineType: PollyEngineType;
  /** `Joanna:neural`: the engine's `voice`, so cache keys differ per engine type. */
  id: string;
};

const VOICE_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

/**
 * Reads `Joanna` or `Joanna:generative`. The engine type comes from the
 * suffix, else from `engineType`, else from `defaultEngineType`; a suffix and
 * an `engineType` that disagree are an error.
 */
export function parsePollyVoice(options: {
  voice: string;
  engineType?: PollyEngineType | undefined;
  defaultEngineType: PollyEngineType;
}): PollyVoiceSelection {
  const { voice, engineType } = options;
  if (typeof voice !== 'string') {
    throw invalidArgument({ argument: 'voice', message: 'the voice must be a string' });
  }
  const [voiceId = '', suffix, ...rest] = voice.trim().split(':');
  if (!VOICE_NAME.test(voiceId) || rest.length > 0) {
    throw invalidArgument({
      argument: 'voice',
      message: `"${voice}" is not a Polly voice; use a voice id such as "Joanna", optionally with an engine type: "Joanna:generative"`,
    });
  }
  if (suffix !== undefined && !isPollyEngineType(suffix)) {
    throw invalidArgument({
      argument: 'voice',
      message: `unknown Polly engine type "${suffix}" in "${voice}" (expected ${POLLY_ENGINE_TYPES.join(', ')})`,
    });
  }
  if (engineType !== undefined && !isPollyEngineType(engineType)) {
    throw invalidArgument({
      argument: 'options.engine',
      message: `unknown Polly engine type "${String(engineType)}" (expected ${POLLY_ENGINE_TYPES.join(', ')})`,
    });
  }
  if (suffix !== undefined && engineType !== undefined && suffix !== engineType) {
    throw invalidArgument({
      argument: 'options.engine',
      message: `"${voice}" names engine type "${suffix}" but options.engine is "${engineType}"`,
    });
  }
  const chosen =
    (suffix as PollyEngineType | undefined) ?? engineType ?? options.defaultEngineType;
  return { voiceId, engineType: chosen, id: `${voiceId}:${chosen}` };
}
