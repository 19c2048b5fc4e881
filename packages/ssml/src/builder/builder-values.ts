import { breakStrengthMilliseconds } from '../values/break-strength';
import { formatNumber, formatSigned } from '../values/format-number';
import {
  formatPitch,
  type Pitch,
  parsePitch,
  pitchLabelPercentages,
  semitonesToPercent,
} from '../values/prosody-pitch';
import {
  formatRatePercentage,
  parseRate,
  rateLabelMultipliers,
} from '../values/prosody-rate';
import {
  formatDecibels,
  parseVolumeDecibels,
  volumeLabelDecibels,
} from '../values/prosody-volume';
import { formatMilliseconds, parseTimeDesignation } from '../values/time-designation';
import {
  type Check,
  fail,
  readsBack,
  requireLabel,
  requireNumber,
} from './builder-checks';
import type { PitchOption } from './builder-options';

export function formatTimeOption(check: Check): string {
  const milliseconds = requireNumber({
    ...check,
    minimum: 0,
    expected: 'milliseconds ≥ 0',
  });
  return readsBack({
    ...check,
    text: formatMilliseconds(milliseconds),
    parses: parseTimeDesignation,
  });
}

export function formatBreakOption(check: Check): Array<[string, string]> {
  if (check.value === undefined) return [];
  if (typeof check.value === 'string')
    return [['strength', requireLabel({ ...check, labels: breakStrengthMilliseconds })]];
  return [['time', formatTimeOption(check)]];
}

export function formatRateOption(check: Check): string {
  if (typeof check.value === 'string')
    return requireLabel({ ...check, labels: rateLabelMultipliers });
  const multiplier = requireNumber({
    ...check,
    minimum: 0,
    expected: 'a multiplier ≥ 0 or a label',
  });
  return readsBack({
    ...check,
    text: formatRatePercentage(multiplier),
    parses: parseRate,
  });
}

export function formatPitchOption(check: Check): string {
  const value = check.value as PitchOption;
  if (typeof value === 'string')
    return requireLabel({ ...check, labels: pitchLabelPercentages });
  let pitch: Pitch;
  const expected = 'a percent ≥ -100, { semitones }, { hertz } or a label';
  if (
    typeof value === 'number' ||
    (typeof value === 'object' && value !== null && 'percent' in value)
  ) {
    const percent = typeof value === 'number' ? value : value.percent;
    pitch = {
      kind: 'relative',
      percent: requireNumber({ ...check, value: percent, minimum: -100, expected }),
    };
  } else if (typeof value === 'object' && value !== null && 'semitones' in value) {
    const semitones = requireNumber({ ...check, value: value.semitones, expected });
    pitch = { kind: 'relative', percent: semitonesToPercent(semitones) };
  } else if (typeof value === 'object' && value !== null && 'hertz' in value) {
    const relative = value.relative === true;
    const hertz = requireNumber({
      ...check,
      value: value.hertz,
      minimum: relative ? undefined : 0,
      expected,
    });
    pitch = relative
      ? { kind: 'relative-hertz', hertz }
      : { kind: 'absolute-hertz', hertz };
  } else {
    return fail(check, expected);
  }
  return readsBack({ ...check, text: formatPitch(pitch), parses: parsePitch });
}

export function formatVolumeOption(check: Check): string {
  if (typeof check.value === 'string')
    return requireLabel({ ...check, labels: volumeLabelDecibels });
  if (check.value === Number.NEGATIVE_INFINITY) return 'silent';
  const decibels = requireNumber({ ...check, expected: 'decibels or a label' });
  return readsBack({
    ...check,
    text: formatDecibels(decibels),
    parses: parseVolumeDecibels,
  });
}

/** A signed level in decibels (`audio soundLevel`): `-6dB`. */
export function formatDecibelOption(check: Check): string {
  const decibels = requireNumber({ ...check, expected: 'a finite number of decibels' });
  return readsBack({
    ...check,
    text: formatDecibels(decibels),
    parses: parseVolumeDecibels,
  });
}

/** A percentage: `150%`, or signed (`+15%`) when `signed`. */
export function formatPercentOption(check: Check & { signed: boolean }): string {
  const percent = requireNumber({
    ...check,
    minimum: check.signed ? undefined : 0,
    expected: check.signed ? 'a finite percentage' : 'a percentage ≥ 0',
  });
  const text = check.signed ? formatSigned(percent) : formatNumber(percent);
  return text.includes('e') ? fail(check, 'a percentage in range') : `${text}%`;
}

/** A plain number at least 0 (`audio repeatCount`, `styledegree` with `positive`). */
export function formatAmountOption(check: Check & { positive: boolean }): string {
  const expected = check.positive ? 'a finite number > 0' : 'a finite number ≥ 0';
  const amount = requireNumber({ ...check, minimum: 0, expected });
  const text = formatNumber(amount, 4);
  if ((check.positive && text === '0') || text.includes('e'))
    return fail(check, expected);
  return text;
}

/** A whole number at least `minimum` (`voice age`, `variant`). */
export function formatCountOption(check: Check & { minimum: number }): string {
  const count = requireNumber({
    ...check,
    expected: `a whole number ≥ ${check.minimum}`,
  });
  if (!Number.isSafeInteger(count))
    return fail(check, `a whole number ≥ ${check.minimum}`);
  return String(count);
}
