import { formatNumber, parseDecimal } from './values/format-number';
import { canonicalInterpretAs } from './values/interpret-as';
import { formatPitch, parsePitch } from './values/prosody-pitch';
import { formatRatePercentage, parseRate } from './values/prosody-rate';
import { formatDecibels, parseVolumeDecibels } from './values/prosody-volume';
import { formatMilliseconds, parseTimeDesignation } from './values/time-designation';
import { isXmlWhitespaceCode } from './xml-whitespace';

/**
 * Turns one attribute value into its canonical text. Returns the trimmed
 * value unchanged when it does not parse (validation reports it), so every
 * normalizer is total, never throws, and is idempotent.
 */
export type ValueNormalizer = (value: string) => string;

/** Removes XML whitespace (not NBSP) at both ends; the same string when there is none. */
export function trimXmlWhitespace(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && isXmlWhitespaceCode(value.charCodeAt(start))) start++;
  while (end > start && isXmlWhitespaceCode(value.charCodeAt(end - 1))) end--;
  return start === 0 && end === value.length ? value : value.slice(start, end);
}

const exponent = /\de[+-]/;

/** A formatted number that reads back (huge values print with an exponent, which does not). */
function readable(formatted: string, fallback: string): string {
  return exponent.test(formatted) ? fallback : formatted;
}

export const keepValue: ValueNormalizer = (value) => value;

export const trimValue: ValueNormalizer = trimXmlWhitespace;

/** Enumerations SSML defines in lower case that processors match case-insensitively. */
export const lowerCaseValue: ValueNormalizer = (value) =>
  trimXmlWhitespace(value).toLowerCase();

/** Prosody `rate`: SSML 1.1's percentage of the default rate (`fast` → `155%`, `1.2` → `120%`). */
export const normalizeRate: ValueNormalizer = (value) => {
  const text = trimXmlWhitespace(value);
  const multiplier = parseRate(text.toLowerCase());
  return multiplier === undefined
    ? text
    : readable(formatRatePercentage(multiplier), text);
};

/** Prosody `pitch` and `range`: relative percent (`+2st` → `+12.25%`); hertz stay hertz. */
export const normalizePitch: ValueNormalizer = (value) => {
  const text = trimXmlWhitespace(value);
  const pitch = parsePitch(text.toLowerCase());
  return pitch === undefined ? text : readable(formatPitch(pitch), text);
};

/** Prosody `volume`: decibels (`loud` → `+6dB`, Azure's `90` → `-0.92dB`) or `silent`. */
export const normalizeVolume: ValueNormalizer = (value) => {
  const text = trimXmlWhitespace(value);
  const decibels = parseVolumeDecibels(text.toLowerCase());
  return decibels === undefined ? text : readable(formatDecibels(decibels), text);
};

/** A time designation in milliseconds (`1.5s` → `1500ms`). */
export const normalizeTime: ValueNormalizer = (value) => {
  const text = trimXmlWhitespace(value);
  const milliseconds = parseTimeDesignation(text);
  return milliseconds === undefined
    ? text
    : readable(formatMilliseconds(milliseconds), text);
};

const decibelSuffix = /db$/i;

/** A level that must be written in decibels (`audio soundLevel`): `+6dB`; other forms are kept. */
export const normalizeDecibels: ValueNormalizer = (value) => {
  const text = trimXmlWhitespace(value);
  if (!decibelSuffix.test(text)) return text;
  const decibels = parseVolumeDecibels(text);
  return decibels === undefined || !Number.isFinite(decibels)
    ? text
    : readable(formatDecibels(decibels), text);
};

/** An unsigned percentage (`audio speed`): `150.0%` → `150%`. */
export const normalizePercentage: ValueNormalizer = (value) => {
  const text = trimXmlWhitespace(value);
  if (!text.endsWith('%') || text.startsWith('+') || text.startsWith('-')) return text;
  const amount = parseDecimal(text.slice(0, -1));
  return amount === undefined ? text : readable(`${formatNumber(amount, 4)}%`, text);
};

/** A plain number (`styledegree`, `repeatCount`, `age`): `2.0` → `2`, `.5` → `0.5`. */
export const normalizeNumber: ValueNormalizer = (value) => {
  const text = trimXmlWhitespace(value);
  const amount = parseDecimal(text);
  return amount === undefined ? text : readable(formatNumber(amount, 4), text);
};

/** `say-as interpret-as`: one name per meaning, lower case (`spell-out` → `characters`). */
export const normalizeInterpretAs: ValueNormalizer = (value) =>
  canonicalInterpretAs(trimXmlWhitespace(value));

const collapsible = /[\t\n\r]| {2}/;
const whitespaceRun = /[ \t\n\r]+/g;

/** A whitespace-separated list (`voice required`, `w role`): single spaces, no edges. */
export const normalizeTokenList: ValueNormalizer = (value) => {
  const text = trimXmlWhitespace(value);
  return collapsible.test(text) ? text.replace(whitespaceRun, ' ') : text;
};
