import type {
  PitchForm,
  RateForm,
  ValueRule,
  VolumeForm,
} from '../capabilities/capability-types';
import { formatNumber, formatSigned } from '../values/format-number';
import {
  parsePitch,
  percentToSemitones,
  pitchLabelPercentages,
} from '../values/prosody-pitch';
import {
  formatRatePercentage,
  parseRate,
  rateLabelMultipliers,
} from '../values/prosody-rate';
import {
  decibelsToAmplitude,
  formatDecibels,
  parseVolumeDecibels,
  volumeLabelDecibels,
} from '../values/prosody-volume';
import {
  clampToRange,
  describeRange,
  passOutcome,
  type ValueOutcome,
} from './value-outcome';

type RateRule = Extract<ValueRule, { kind: 'rate' }>;
type PitchRule = Extract<ValueRule, { kind: 'pitch' }>;
type VolumeRule = Extract<ValueRule, { kind: 'volume' }>;

const signed = (text: string) => text.startsWith('+') || text.startsWith('-');

export function rateForm(text: string): RateForm {
  if (Object.hasOwn(rateLabelMultipliers, text)) return 'label';
  if (text.endsWith('%')) return signed(text) ? 'signed-percentage' : 'percentage';
  return 'multiplier';
}

export function writeRate(rule: RateRule, multiplier: number): string {
  return rule.writes === 'percentage'
    ? formatRatePercentage(multiplier)
    : formatNumber(multiplier);
}

/** A rate in a form the target takes, clamped to its range (labels are never clamped). */
export function lowerRate(rule: RateRule, value: string): ValueOutcome {
  const text = value.trim();
  const multiplier = parseRate(text);
  if (multiplier === undefined) return { kind: 'invalid', reason: 'is not a rate' };
  const form = rateForm(text);
  const clamped = form === 'label' ? undefined : clampToRange(multiplier, rule.range);
  if (clamped !== undefined && rule.range !== undefined) {
    const range = describeRange(rule.range, (amount) => writeRate(rule, amount));
    return { kind: 'clamped', value: writeRate(rule, clamped), range };
  }
  if (rule.accepts.includes(form)) return passOutcome;
  return { kind: 'converted', value: writeRate(rule, multiplier) };
}

export function pitchForm(text: string): PitchForm {
  if (Object.hasOwn(pitchLabelPercentages, text)) return 'label';
  if (text.endsWith('%')) return signed(text) ? 'signed-percentage' : 'percentage';
  if (/st$/i.test(text)) return 'semitones';
  return signed(text) ? 'relative-hertz' : 'absolute-hertz';
}

export function writePitch(rule: PitchRule, percent: number): string {
  return rule.writes === 'semitones'
    ? `${formatSigned(percentToSemitones(percent))}st`
    : `${formatSigned(percent)}%`;
}

/** A pitch in a form the target takes; hertz cannot convert (the voice's base pitch is unknown). */
export function lowerPitch(rule: PitchRule, value: string): ValueOutcome {
  const text = value.trim();
  const pitch = parsePitch(text);
  if (pitch === undefined) return { kind: 'invalid', reason: 'is not a pitch' };
  const form = pitchForm(text);
  if (pitch.kind !== 'relative') {
    return rule.accepts.includes(form)
      ? passOutcome
      : {
          kind: 'invalid',
          reason: "is in hertz, which needs the voice's base pitch to convert",
        };
  }
  const clamped = form === 'label' ? undefined : clampToRange(pitch.percent, rule.range);
  if (clamped !== undefined && rule.range !== undefined) {
    const range = describeRange(rule.range, (amount) => `${formatSigned(amount)}%`);
    return { kind: 'clamped', value: writePitch(rule, clamped), range };
  }
  if (rule.accepts.includes(form)) return passOutcome;
  return { kind: 'converted', value: writePitch(rule, pitch.percent) };
}

export function volumeForm(text: string): VolumeForm {
  if (Object.hasOwn(volumeLabelDecibels, text)) return 'label';
  if (/db$/i.test(text)) return signed(text) ? 'decibels' : 'unsigned-decibels';
  if (text.endsWith('%')) return signed(text) ? 'signed-percentage' : 'percentage';
  return signed(text) ? 'signed-number' : 'number';
}

/** Decibels as the target writes them: `+6dB`, or Azure's relative `+99.53%` (no dB there). */
export function writeVolume(rule: VolumeRule, decibels: number): string {
  if (rule.writes === 'decibels' || decibels === Number.NEGATIVE_INFINITY)
    return formatDecibels(decibels);
  return `${formatSigned((decibelsToAmplitude(decibels) - 1) * 100)}%`;
}

export function lowerVolume(rule: VolumeRule, value: string): ValueOutcome {
  const text = value.trim();
  const decibels = parseVolumeDecibels(text);
  if (decibels === undefined) return { kind: 'invalid', reason: 'is not a volume' };
  if (rule.accepts.includes(volumeForm(text))) return passOutcome;
  return { kind: 'converted', value: writeVolume(rule, decibels) };
}
