import type { JsonValue } from '@ttskit/core/spec';
import { invalidArgument } from './polly-errors';

/** Per-call options, passed as `engineOptions: { polly: { ... } }`. */
export type PollyEngineOptions = {
  /** Polly `LanguageCode`, for bilingual voices (Aditi: `en-IN` or `hi-IN`). */
  languageCode?: string;
  /** Polly `LexiconNames`: up to 5 stored pronunciation lexicons. */
  lexiconNames?: string[];
  /** `false` skips the speech-marks request: no word timings or marks. */
  speechMarks?: boolean;
};

const KNOWN = ['languageCode', 'lexiconNames', 'speechMarks'] as const;

function fail(key: string, message: string): never {
  throw invalidArgument({ argument: `engineOptions.polly.${key}`, message });
}

/** Validates `engineOptions.polly`; unknown keys are rejected (likely typos). */
export function parsePollyEngineOptions(
  value: Record<string, JsonValue | undefined> | undefined,
): PollyEngineOptions {
  if (value === undefined) return {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw invalidArgument({
      argument: 'engineOptions.polly',
      message: 'engineOptions.polly must be an object',
    });
  }
  const options: PollyEngineOptions = {};
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    if (key === 'languageCode') {
      if (typeof item !== 'string' || !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(item))
        fail(
          key,
          `engineOptions.polly.languageCode must be a language code such as "en-IN", got ${JSON.stringify(item)}`,
        );
      options.languageCode = item;
    } else if (key === 'lexiconNames') {
      const valid =
        Array.isArray(item) &&
        item.length <= 5 &&
        item.every(
          (name) => typeof name === 'string' && /^[0-9A-Za-z]{1,20}$/.test(name),
        );
      if (!valid)
        fail(
          key,
          'engineOptions.polly.lexiconNames must be at most 5 lexicon names (letters and digits, up to 20 each)',
        );
      options.lexiconNames = [...(item as string[])];
    } else if (key === 'speechMarks') {
      if (typeof item !== 'boolean')
        fail(key, 'engineOptions.polly.speechMarks must be true or false');
      options.speechMarks = item;
    } else {
      fail(
        key,
        `unknown option engineOptions.polly.${key}; known options are ${KNOWN.join(', ')}`,
      );
    }
  }
  return options;
}
