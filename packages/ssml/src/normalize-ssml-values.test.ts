import { describe, expect, it } from 'vitest';
import { normalizeContour } from './normalize-ssml-contour';
import { normalizeLanguageTag } from './normalize-ssml-language-tag';
import { memoizeNormalizer } from './normalize-ssml-memo';
import {
  normalizeDecibels,
  normalizeNumber,
  normalizePercentage,
  normalizePitch,
  normalizeRate,
  normalizeTime,
  normalizeTokenList,
  normalizeVolume,
  trimXmlWhitespace,
  type ValueNormalizer,
} from './normalize-ssml-values';

const cases: Array<[string, ValueNormalizer, Array<[string, string]>]> = [
  [
    'rate',
    normalizeRate,
    [
      ['fast', '155%'],
      ['x-slow', '50%'],
      ['slow', '64%'],
      ['1.2', '120%'],
      ['+20%', '120%'],
      ['-50%', '50%'],
      ['20%', '20%'],
      ['0', '0%'],
      ['1.23456', '123.46%'],
      [' Fast ', '155%'],
      ['fastest', 'fastest'],
      ['-1.2', '-1.2'],
      ['-200%', '-200%'],
      ['99999999999999999999', '99999999999999999999'],
    ],
  ],
  [
    'pitch',
    normalizePitch,
    [
      ['+2st', '+12.25%'],
      ['-2st', '-10.91%'],
      ['x-low', '-45%'],
      ['default', '+0%'],
      ['10%', '+10%'],
      ['+10HZ', '+10Hz'],
      ['200Hz', '200Hz'],
      ['2st', '2st'],
      ['-150%', '-150%'],
      ['squeaky', 'squeaky'],
    ],
  ],
  [
    'volume',
    normalizeVolume,
    [
      ['loud', '+6dB'],
      ['x-soft', '-12dB'],
      ['silent', 'silent'],
      ['-6DB', '-6dB'],
      ['2dB', '+2dB'],
      ['100', '+0dB'],
      ['50', '-6.02dB'],
      ['0', 'silent'],
      ['+0', '+0dB'],
      ['+3%', '+0.26dB'],
      ['101', '101'],
      ['quiet', 'quiet'],
    ],
  ],
  [
    'time',
    normalizeTime,
    [
      ['1s', '1000ms'],
      ['1.5s', '1500ms'],
      ['250ms', '250ms'],
      ['250MS', '250ms'],
      ['0.25ms', '0.3ms'],
      [' 3 s ', '3000ms'],
      ['-1s', '-1s'],
      ['1m', '1m'],
      ['question.end+2.0s', 'question.end+2.0s'],
    ],
  ],
  [
    'decibels',
    normalizeDecibels,
    [
      ['6dB', '+6dB'],
      ['-0.0dB', '+0dB'],
      ['silent', 'silent'],
      ['50', '50'],
    ],
  ],
  [
    'percentage',
    normalizePercentage,
    [
      ['150.0%', '150%'],
      ['+10%', '+10%'],
      ['fast', 'fast'],
    ],
  ],
  [
    'number',
    normalizeNumber,
    [
      ['2.0', '2'],
      ['.5', '0.5'],
      ['+3', '3'],
      ['indefinite', 'indefinite'],
    ],
  ],
  [
    'language tag',
    normalizeLanguageTag,
    [
      ['EN-us', 'en-US'],
      ['zh-hant-tw', 'zh-Hant-TW'],
      ['sr-LATN-rs', 'sr-Latn-RS'],
      ['en-US-X-Twain-AB', 'en-US-x-twain-ab'],
      ['DE-de-1996', 'de-DE-1996'],
      ['es-419', 'es-419'],
      ['en_US', 'en_US'],
      [' fr-CA ', 'fr-CA'],
    ],
  ],
  [
    'token list',
    normalizeTokenList,
    [
      [' gender \n language ', 'gender language'],
      ['amazon:VB', 'amazon:VB'],
    ],
  ],
  [
    'contour',
    normalizeContour,
    [
      ['(0%,+20Hz) (10%,+30Hz) (40%,+10Hz)', '(0%,+20Hz) (10%,+30Hz) (40%,+10Hz)'],
      ['(60%,-60%)   (100%,+2st)', '(60%,-60%) (100%,+12.25%)'],
      ['( 0.0% , HIGH )(50%,low)', '(0%,+20%) (50%,-20%)'],
      ['(0%,+20Hz) junk', '(0%,+20Hz) junk'],
      ['(0,+20Hz)', '(0,+20Hz)'],
      ['', ''],
    ],
  ],
];

describe('attribute value normalizers', () => {
  describe.each(cases)('%s', (_name, normalize, examples) => {
    it.each(examples)('%j → %j', (input, expected) => {
      expect(normalize(input)).toBe(expected);
    });

    it('is idempotent', () => {
      for (const [input] of examples) {
        const once = normalize(input);
        expect(normalize(once), input).toBe(once);
      }
    });
  });

  it('trims XML whitespace only, returning the same string when there is none', () => {
    expect(trimXmlWhitespace('\t a \r\n')).toBe('a');
    expect(trimXmlWhitespace('\u00a0a\u00a0')).toBe('\u00a0a\u00a0');
    const untouched = 'abc';
    expect(trimXmlWhitespace(untouched)).toBe(untouched);
  });

  it('memoizes results, bounded, without changing them', () => {
    let calls = 0;
    const memoized = memoizeNormalizer((value) => {
      calls++;
      return value.toUpperCase();
    });
    expect(memoized('a')).toBe('A');
    expect(memoized('a')).toBe('A');
    expect(calls).toBe(1);
    for (let index = 0; index < 1_000; index++)
      expect(memoized(`v${index}`)).toBe(`V${index}`);
    const long = 'x'.repeat(100);
    expect(memoized(long)).toBe(long.toUpperCase());
    expect(memoized(long)).toBe(long.toUpperCase());
    expect(calls).toBe(1_003);
  });
});
