import { requireText } from './builder-checks';
import type {
  AudioOptions,
  PhonemeOptions,
  ProsodyOptions,
  SayAsOptions,
  VoiceOptions,
} from './builder-options';
import {
  formatAmountOption,
  formatCountOption,
  formatDecibelOption,
  formatPercentOption,
  formatPitchOption,
  formatRateOption,
  formatTimeOption,
  formatVolumeOption,
} from './builder-values';
import { SsmlBuilderError } from './ssml-builder-error';

/** Attributes in the order they are written. */
export type AttributeList = Array<[string, string]>;

/** Validates and writes one option (`{ option: 'prosody.rate', value: 1.2 }` → `120%`). */
export type Formatter = (check: { option: string; value: unknown }) => string;

/** `[attribute, option key, value, formatter]`; an `undefined` value is left out. */
export type AttributeEntry = readonly [string, string, unknown, Formatter];

export const text: Formatter = requireText;
/** Marks a required option: missing becomes `null`, which its formatter rejects. */
export const required = (value: unknown): unknown => value ?? null;

/** The attributes of `element` from its entries, each validated by its formatter. */
export function attributesOf(options: {
  element: string;
  entries: readonly AttributeEntry[];
  atLeastOne?: boolean;
}): AttributeList {
  const attributes: AttributeList = [];
  for (const [attribute, key, value, format] of options.entries) {
    if (value !== undefined)
      attributes.push([
        attribute,
        format({ option: `${options.element}.${key}`, value }),
      ]);
  }
  if (options.atLeastOne && attributes.length === 0) {
    throw new SsmlBuilderError({
      option: options.element,
      value: {},
      expected: 'an options object with at least one option',
    });
  }
  return attributes;
}

/** The options object itself, or a throw (JavaScript callers may pass anything). */
export function requireOptions<T>(option: string, value: T): T & object {
  if (typeof value !== 'object' || value === null)
    throw new SsmlBuilderError({ option, value, expected: 'an options object' });
  return value;
}

const count =
  (minimum: number): Formatter =>
  (check) =>
    formatCountOption({ ...check, minimum });
const amount: Formatter = (check) => formatAmountOption({ ...check, positive: false });
const percent: Formatter = (check) => formatPercentOption({ ...check, signed: false });

export function prosodyAttributes(options: ProsodyOptions): AttributeList {
  const { rate, pitch, range, volume, duration } = requireOptions('prosody', options);
  return attributesOf({
    element: 'prosody',
    atLeastOne: true,
    entries: [
      ['rate', 'rate', rate, formatRateOption],
      ['pitch', 'pitch', pitch, formatPitchOption],
      ['range', 'range', range, formatPitchOption],
      ['volume', 'volume', volume, formatVolumeOption],
      ['duration', 'duration', duration, formatTimeOption],
    ],
  });
}

export function sayAsAttributes(options: SayAsOptions): AttributeList {
  const { interpretAs, format, detail } = requireOptions('sayAs', options);
  return attributesOf({
    element: 'sayAs',
    entries: [
      ['interpret-as', 'interpretAs', required(interpretAs), text],
      ['format', 'format', format, text],
      ['detail', 'detail', typeof detail === 'number' ? String(detail) : detail, text],
    ],
  });
}

export function phonemeAttributes(options: PhonemeOptions): AttributeList {
  const { ph, alphabet } = requireOptions('phoneme', options);
  return attributesOf({
    element: 'phoneme',
    entries: [
      ['alphabet', 'alphabet', alphabet, text],
      ['ph', 'ph', required(ph), text],
    ],
  });
}

export function voiceAttributes(options: VoiceOptions | string): AttributeList {
  const voice = typeof options === 'string' ? { name: options } : options;
  const { name, gender, age, variant, language } = requireOptions('voice', voice);
  return attributesOf({
    element: 'voice',
    atLeastOne: true,
    entries: [
      ['name', 'name', name, text],
      ['gender', 'gender', gender, text],
      ['age', 'age', age, count(0)],
      ['variant', 'variant', variant, count(1)],
      ['language', 'language', language, text],
    ],
  });
}

export function audioAttributes(options: AudioOptions): AttributeList {
  const audio = requireOptions('audio', options);
  return attributesOf({
    element: 'audio',
    entries: [
      ['src', 'src', required(audio.src), text],
      ['clipBegin', 'clipBegin', audio.clipBegin, formatTimeOption],
      ['clipEnd', 'clipEnd', audio.clipEnd, formatTimeOption],
      ['repeatCount', 'repeatCount', audio.repeatCount, amount],
      ['repeatDur', 'repeatDur', audio.repeatDur, formatTimeOption],
      ['soundLevel', 'soundLevel', audio.soundLevel, formatDecibelOption],
      ['speed', 'speed', audio.speed, percent],
    ],
  });
}
