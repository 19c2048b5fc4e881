import { normalizeContour } from './normalize-ssml-contour';
import { normalizeLanguageTag } from './normalize-ssml-language-tag';
import { memoizeNormalizer } from './normalize-ssml-memo';
import {
  normalizeDecibels as decibels,
  keepValue,
  lowerCaseValue,
  normalizeInterpretAs,
  normalizeTokenList,
  normalizeNumber as number,
  normalizePercentage as percentage,
  normalizePitch as pitch,
  normalizeRate as rate,
  normalizeTime as time,
  trimValue,
  type ValueNormalizer,
  normalizeVolume as volume,
} from './normalize-ssml-values';

// Parsing and formatting numbers is the expensive part; values repeat.
const normalizeRate = memoizeNormalizer(rate);
const normalizePitch = memoizeNormalizer(pitch);
const normalizeVolume = memoizeNormalizer(volume);
const normalizeTime = memoizeNormalizer(time);
const normalizeDecibels = memoizeNormalizer(decibels);
const normalizePercentage = memoizeNormalizer(percentage);
const normalizeNumber = memoizeNormalizer(number);

export type AttributeTable = ReadonlyMap<string, ValueNormalizer>;

const table = (entries: Record<string, ValueNormalizer>): AttributeTable =>
  new Map(Object.entries(entries));

/** Attributes that mean the same on every element. */
const anyElement = table({
  'xml:lang': normalizeLanguageTag,
  onlangfailure: lowerCaseValue,
  'xsi:schemaLocation': normalizeTokenList,
});

const role = table({ role: normalizeTokenList });

/**
 * How each attribute is normalized, by element. Not listed: values are
 * trimmed only. Vendor enumerations (`amazon:effect name`, `mstts:silence
 * type`, `mstts:express-as style`…) are never re-cased: Polly's `drc` is
 * case-sensitive and Azure documents mixed-case names (`YoungAdultFemale`).
 */
const byElement: ReadonlyMap<string, AttributeTable> = new Map([
  [
    'prosody',
    table({
      rate: normalizeRate,
      pitch: normalizePitch,
      range: normalizePitch,
      contour: normalizeContour,
      volume: normalizeVolume,
      duration: normalizeTime,
      'amazon:max-duration': normalizeTime,
    }),
  ],
  ['break', table({ strength: lowerCaseValue, time: normalizeTime })],
  ['emphasis', table({ level: lowerCaseValue })],
  [
    'say-as',
    table({ 'interpret-as': normalizeInterpretAs, language: normalizeLanguageTag }),
  ],
  // The alias is spoken: its spaces are text, left as written.
  ['sub', table({ alias: keepValue })],
  ['phoneme', table({ alphabet: lowerCaseValue })],
  [
    'voice',
    table({
      gender: lowerCaseValue,
      age: normalizeNumber,
      variant: normalizeNumber,
      language: normalizeLanguageTag,
      languages: normalizeTokenList,
      required: normalizeTokenList,
      ordering: normalizeTokenList,
      onvoicefailure: lowerCaseValue,
    }),
  ],
  [
    'audio',
    table({
      clipBegin: normalizeTime,
      clipEnd: normalizeTime,
      repeatDur: normalizeTime,
      repeatCount: normalizeNumber,
      fetchtimeout: normalizeTime,
      fetchhint: lowerCaseValue,
      soundLevel: normalizeDecibels,
      speed: normalizePercentage,
    }),
  ],
  ['lexicon', table({ fetchtimeout: normalizeTime })],
  ['token', role],
  ['w', role],
  [
    'media',
    table({
      begin: normalizeTime,
      end: normalizeTime,
      repeatDur: normalizeTime,
      repeatCount: normalizeNumber,
      fadeInDur: normalizeTime,
      fadeOutDur: normalizeTime,
      soundLevel: normalizeDecibels,
    }),
  ],
  ['mstts:silence', table({ value: normalizeTime })],
  ['mstts:audioduration', table({ value: normalizeTime })],
  ['mstts:express-as', table({ styledegree: normalizeNumber })],
]);

/** The element-specific normalizers of `element`, looked up once per element. */
export function attributeTableOf(element: string): AttributeTable | undefined {
  return byElement.get(element);
}

/** The normalizer for `attribute`; trimming when nothing specific applies. */
export function attributeNormalizer(
  elementTable: AttributeTable | undefined,
  attribute: string,
): ValueNormalizer {
  return elementTable?.get(attribute) ?? anyElement.get(attribute) ?? trimValue;
}
