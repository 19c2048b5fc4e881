import type { AttributeValueKind, NumberRange } from './elements/element-definition';
import { parseDecimal } from './values/format-number';
import { parsePitch } from './values/prosody-pitch';
import { parseRate } from './values/prosody-rate';
import { parseVolumeDecibels } from './values/prosody-volume';
import { parseTimeDesignation } from './values/time-designation';
import { isXmlName } from './xml-name';

/** The outcome of checking a value against its kind. */
export type ValueCheck =
  | { status: 'valid' }
  /** Not of the kind's syntax; `expected` describes what is. */
  | { status: 'invalid'; expected: string }
  /** Well-formed but outside the documented range. */
  | { status: 'out-of-range'; range: string };

const valid: ValueCheck = { status: 'valid' };
const contourPair = /\(\s*([+-]?[\d.]+)%\s*,\s*([^()\s,]+)\s*\)/g;
const contourShape = /^\s*(?:\(\s*[^()]*\)\s*)+$/;
const numberShape = /^([+-]?)([\d.]+)$/;
const xsdTokenProblem = /^\s|\s$|[\t\n\r]| {2}/;

/** Checks `value` against the syntax (and documented range) of `kind`. */
export function checkAttributeValue(kind: AttributeValueKind, value: string): ValueCheck {
  switch (kind.kind) {
    case 'enum':
      return kind.values.includes(value)
        ? valid
        : invalid(`one of ${kind.values.map((item) => `"${item}"`).join(', ')}`);
    case 'time': {
      const milliseconds = parseTimeDesignation(value);
      if (milliseconds === undefined) return invalid('a time such as "250ms" or "1.5s"');
      return inRange(milliseconds, kind.range, 'ms');
    }
    case 'rate':
      return parseRate(value) === undefined
        ? invalid(
            'x-slow, slow, medium, fast, x-fast, default or a percentage such as "120%"',
          )
        : valid;
    case 'pitch':
      return parsePitch(value) === undefined
        ? invalid('x-low, low, medium, high, x-high, default, "+2st", "-10%" or "+20Hz"')
        : valid;
    case 'volume':
      return parseVolumeDecibels(value) === undefined
        ? invalid('silent, x-soft, soft, medium, loud, x-loud, default or "+6dB"')
        : valid;
    case 'contour':
      return isContour(value) ? valid : invalid('pairs such as "(0%,+20Hz) (50%,-2st)"');
    case 'language':
      return isLanguageTag(value)
        ? valid
        : invalid('a BCP 47 language tag such as "en-US"');
    case 'token':
      return value === '' || xsdTokenProblem.test(value)
        ? invalid('a non-empty name without leading, trailing or repeated spaces')
        : valid;
    case 'token-list':
      return value.trim() === ''
        ? invalid('one or more names separated by spaces')
        : valid;
    case 'identifier':
      return isXmlName(value) && !value.includes(':')
        ? valid
        : invalid('an XML name without ":" (letters, digits, "-", "_", ".")');
    case 'uri':
      return value.trim() === '' || /\s/.test(value.trim())
        ? invalid('a URI without spaces')
        : valid;
    case 'number':
      return checkNumber(kind, value);
    case 'percentage-change':
      return checkPercentageChange(kind.range, value);
    case 'text':
      return valid;
  }
}

function checkNumber(
  kind: Extract<AttributeValueKind, { kind: 'number' }>,
  value: string,
): ValueCheck {
  const unit = kind.unit ?? '';
  const sign = kind.sign ?? 'forbidden';
  const example = `${sign === 'required' ? '+' : ''}${kind.integer ? '3' : '1.5'}${unit}`;
  const expected = `${kind.integer ? 'an integer' : 'a number'}${unit === '' ? '' : ` in ${unit}`} such as "${example}"`;
  const text = value.trim();
  if (!text.toLowerCase().endsWith(unit.toLowerCase())) return invalid(expected);
  const match = numberShape.exec(text.slice(0, text.length - unit.length));
  if (match === null) return invalid(expected);
  const [, signText, digits] = match;
  const number = parseDecimal(`${signText}${digits}`);
  if (number === undefined) return invalid(expected);
  if ((signText === '') === (sign === 'required') && sign !== 'optional')
    return invalid(expected);
  if (kind.integer && !Number.isInteger(number)) return invalid(expected);
  return inRange(number, kind.range, unit);
}

function checkPercentageChange(range: NumberRange, value: string): ValueCheck {
  const match = /^([+-]?)([\d.]+)%$/.exec(value.trim());
  const amount = match === null ? undefined : parseDecimal(`${match[1]}${match[2]}`);
  if (match === null || amount === undefined)
    return invalid('a change such as "+20%" or "-10%", or a percentage such as "120%"');
  return inRange(match[1] === '' ? amount - 100 : amount, range, '% change');
}

function inRange(
  value: number,
  range: NumberRange | undefined,
  unit: string,
): ValueCheck {
  if (range === undefined) return valid;
  const { minimum, maximum } = range;
  if (
    (minimum === undefined || value >= minimum) &&
    (maximum === undefined || value <= maximum)
  )
    return valid;
  const low = minimum === undefined ? '' : `${minimum}${unit}`;
  const high = maximum === undefined ? '' : `${maximum}${unit}`;
  const text =
    low === ''
      ? `at most ${high}`
      : high === ''
        ? `at least ${low}`
        : `${low} to ${high}`;
  return { status: 'out-of-range', range: text };
}

function isContour(value: string): boolean {
  if (!contourShape.test(value)) return false;
  let pairs = 0;
  for (const match of value.matchAll(contourPair)) {
    if (parseDecimal(match[1] as string) === undefined) return false;
    if (parsePitch(match[2] as string) === undefined) return false;
    pairs++;
  }
  return pairs === (value.match(/\(/g)?.length ?? 0);
}

/** BCP 47, as `Intl` understands it (which also accepts legacy and private-use tags). */
export function isLanguageTag(value: string): boolean {
  if (value === '' || value.trim() !== value) return false;
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

function invalid(expected: string): ValueCheck {
  return { status: 'invalid', expected };
}
