import { InvalidArgumentError, type JsonValue } from '@ttskit/core/spec';
import { MESSAGE_PREFIX } from './speechify-errors';

/** The 13 emotions of `<speechify:style emotion>` (docs: Emotion Control). */
export const speechifyEmotions = [
  'angry',
  'cheerful',
  'sad',
  'terrified',
  'relaxed',
  'fearful',
  'surprised',
  'calm',
  'assertive',
  'energetic',
  'warm',
  'direct',
  'bright',
] as const;

export type SpeechifyEmotion = (typeof speechifyEmotions)[number];

/** Models the API reference lists (`simba-3.0` is its default today). */
export type SpeechifyModel =
  | 'simba-3.0'
  | 'simba-3.2'
  | 'simba-english'
  | 'simba-multilingual';

/** Per-call options, passed as `engineOptions: { speechify: { ... } }`; they override the settings. */
export type SpeechifyEngineOptions = {
  model?: SpeechifyModel | (string & {});
  /** Wraps the input in `<speechify:style emotion>`. */
  emotion?: SpeechifyEmotion;
  /** `options.loudness_normalization` (-14 LUFS). */
  loudnessNormalization?: boolean;
  /** `options.text_normalization` (numbers and dates to words). */
  textNormalization?: boolean;
};

const checks: Record<
  keyof SpeechifyEngineOptions,
  (value: unknown) => string | undefined
> = {
  model: (value) =>
    typeof value === 'string' && /^[\w.-]{1,64}$/.test(value)
      ? undefined
      : 'a model name',
  emotion: (value) =>
    speechifyEmotions.includes(value as SpeechifyEmotion)
      ? undefined
      : `one of ${speechifyEmotions.join(', ')}`,
  loudnessNormalization: (value) =>
    typeof value === 'boolean' ? undefined : 'a boolean',
  textNormalization: (value) => (typeof value === 'boolean' ? undefined : 'a boolean'),
};

/** Throws `InvalidArgumentError` naming `where.key` when a value is wrong. */
export function checkSpeechifyOption(options: {
  key: keyof SpeechifyEngineOptions;
  value: unknown;
  where: string;
}): void {
  const { key, value, where } = options;
  if (value === undefined) return;
  const expected = checks[key](value);
  if (expected !== undefined) {
    throw new InvalidArgumentError({
      argument: `${where}.${key}`,
      message: `${MESSAGE_PREFIX} ${where}.${key} must be ${expected}, got ${JSON.stringify(value)}`,
    });
  }
}

/** Validates `engineOptions.speechify`; unknown keys are rejected (likely typos). */
export function parseSpeechifyEngineOptions(
  value: Record<string, JsonValue | undefined> | undefined,
): SpeechifyEngineOptions {
  if (value === undefined) return {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InvalidArgumentError({
      argument: 'engineOptions.speechify',
      message: `${MESSAGE_PREFIX} engineOptions.speechify must be an object`,
    });
  }
  const parsed: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (!(key in checks)) {
      throw new InvalidArgumentError({
        argument: `engineOptions.speechify.${key}`,
        message: `${MESSAGE_PREFIX} unknown option engineOptions.speechify.${key}; known options are ${Object.keys(checks).join(', ')}`,
      });
    }
    checkSpeechifyOption({
      key: key as keyof SpeechifyEngineOptions,
      value: item,
      where: 'engineOptions.speechify',
    });
    if (item !== undefined) parsed[key] = item;
  }
  return parsed as SpeechifyEngineOptions;
}
