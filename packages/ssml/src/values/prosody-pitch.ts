import { formatNumber, formatSigned, parseDecimal } from './format-number';

/** Pitch labels as relative changes in percent (Azure's documented factors). */
export const pitchLabelPercentages: Readonly<Record<string, number>> = {
  'x-low': -45,
  low: -20,
  medium: 0,
  default: 0,
  high: 20,
  'x-high': 45,
};

/**
 * A pitch value in canonical form. Relative changes are percentages
 * (semitones and labels convert exactly); hertz cannot convert without the
 * voice's base pitch, so they stay hertz.
 */
export type Pitch =
  | { kind: 'relative'; percent: number }
  | { kind: 'relative-hertz'; hertz: number }
  | { kind: 'absolute-hertz'; hertz: number };

const unitPattern = /^([+-]?[\d.]+)\s*(%|st|hz)$/i;

/** Parses `+10%`, `-2st`, `+20Hz`, `200Hz`, labels; `undefined` otherwise. */
export function parsePitch(value: string): Pitch | undefined {
  const text = value.trim();
  if (Object.hasOwn(pitchLabelPercentages, text))
    return { kind: 'relative', percent: pitchLabelPercentages[text] as number };
  const match = unitPattern.exec(text);
  if (match === null) return undefined;
  const number = match[1] as string;
  const amount = parseDecimal(number);
  if (amount === undefined) return undefined;
  const unit = (match[2] as string).toLowerCase();
  const signed = number.startsWith('+') || number.startsWith('-');
  if (unit === '%')
    return amount < -100 ? undefined : { kind: 'relative', percent: amount };
  if (unit === 'st')
    return signed ? { kind: 'relative', percent: semitonesToPercent(amount) } : undefined;
  if (signed) return { kind: 'relative-hertz', hertz: amount };
  return { kind: 'absolute-hertz', hertz: amount };
}

export function semitonesToPercent(semitones: number): number {
  return (2 ** (semitones / 12) - 1) * 100;
}

export function percentToSemitones(percent: number): number {
  return 12 * Math.log2(1 + percent / 100);
}

/** The canonical text: `+12.25%`, `-20Hz`, `180Hz`. */
export function formatPitch(pitch: Pitch): string {
  if (pitch.kind === 'relative') return `${formatSigned(pitch.percent)}%`;
  if (pitch.kind === 'relative-hertz') return `${formatSigned(pitch.hertz)}Hz`;
  return `${formatNumber(pitch.hertz)}Hz`;
}
