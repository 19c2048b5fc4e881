import { azureInterpretAs } from './capabilities/azure-value-rules';
import type { ValueRule } from './capabilities/capability-types';
import { googleInterpretAs } from './capabilities/google-value-rules';
import { pollyInterpretAs } from './capabilities/polly-value-rules';

/**
 * Values each vendor documents (shared/reference/ssml-vendors.md §2), and
 * the W3C say-as Note's. `generic` is what any of them accepts, for
 * validation without a dialect.
 */
export type ValueListKey = CloudDialect | 'w3c' | 'generic';

/** The dialects of cloud vendors. */
export type CloudDialect = 'google' | 'azure' | 'polly';

const w3cInterpretAs = ['date', 'time', 'telephone', 'characters', 'cardinal', 'ordinal'];

/** The vendors' lists are the lowering's (one source: validation and lowering agree). */
const interpretAs: Record<Exclude<ValueListKey, 'generic'>, readonly string[]> = {
  w3c: w3cInterpretAs,
  google: valuesOf(googleInterpretAs),
  azure: valuesOf(azureInterpretAs),
  polly: valuesOf(pollyInterpretAs),
};

function valuesOf(rule: ValueRule): readonly string[] {
  if (rule.kind !== 'interpret-as')
    throw new Error(`[ttskit] [ssml] not a say-as rule: ${rule.kind}`);
  return rule.values;
}

const alphabets: Record<Exclude<ValueListKey, 'generic' | 'w3c'>, readonly string[]> = {
  google: ['ipa', 'x-sampa'],
  azure: ['ipa', 'sapi', 'ups', 'x-sampa'],
  polly: ['ipa', 'x-sampa', 'x-amazon-pinyin'],
};

const w3cDateFormats = ['mdy', 'dmy', 'ymd', 'md', 'dm', 'ym', 'my', 'd', 'm', 'y'];

/** Date formats; Google's is a grammar (`yyyymmdd`, `dmy`), checked by `isGoogleDateFormat`. */
const dateFormats: Record<'w3c' | 'azure' | 'polly', readonly string[]> = {
  w3c: w3cDateFormats,
  azure: ['dmy', 'mdy', 'ymd', 'ydm', 'ym', 'my', 'md', 'dm', 'd', 'm', 'y'],
  polly: [...w3cDateFormats, 'yyyymmdd'],
};

export function interpretAsValues(key: ValueListKey): readonly string[] {
  if (key !== 'generic') return interpretAs[key];
  return [...new Set(Object.values(interpretAs).flat())];
}

/** The alphabets to name in a message. */
export function alphabetNames(key: ValueListKey): readonly string[] {
  if (key === 'w3c' || key === 'generic')
    return ['ipa', 'x-…', ...(key === 'generic' ? ['sapi', 'ups'] : [])];
  return alphabets[key];
}

/** Alphabets a dialect takes; W3C and generic take `ipa` and any `x-` alphabet too. */
export function isKnownAlphabet(key: ValueListKey, alphabet: string): boolean {
  if (key === 'w3c' || key === 'generic') {
    const vendors = key === 'generic' ? Object.values(alphabets).flat() : [];
    return alphabet === 'ipa' || alphabet.startsWith('x-') || vendors.includes(alphabet);
  }
  return alphabets[key].includes(alphabet);
}

/** Whether a `say-as` `format` suits the `interpret-as` for the dialect (unchecked: true). */
export function isKnownFormat(options: {
  key: ValueListKey;
  interpretAs: string;
  format: string;
}): boolean {
  const { key, interpretAs: type, format } = options;
  if (type === 'date') {
    if (key === 'google') return isGoogleDateFormat(format);
    if (key === 'generic')
      return (
        isGoogleDateFormat(format) || Object.values(dateFormats).flat().includes(format)
      );
    return dateFormats[key].includes(format);
  }
  if (type === 'time') {
    if (key === 'google') return /^[hmsZ:. ]*(?:12|24)?$/.test(format) && format !== '';
    if (key === 'azure') return format === 'hms12' || format === 'hms24';
  }
  if (type === 'duration' && key === 'google') return /^[hms:.]+$/.test(format);
  return true;
}

/** Google dates: runs of y, m and d (`yyyymmdd`, `dmy`), each letter in one run. */
function isGoogleDateFormat(format: string): boolean {
  if (!/^[ymd]+$/.test(format)) return false;
  const runs = format.match(/y+|m+|d+/g) ?? [];
  return new Set(runs.map((run) => run[0])).size === runs.length;
}
