import { formatSigned, parseDecimal } from './format-number';

/**
 * Volume labels in decibels relative to the voice's default. `silent` is
 * minus infinity (SSML 1.1); +6 dB is about twice the amplitude (Polly).
 */
export const volumeLabelDecibels: Readonly<Record<string, number>> = {
  silent: Number.NEGATIVE_INFINITY,
  'x-soft': -12,
  soft: -6,
  medium: 0,
  default: 0,
  loud: 6,
  'x-loud': 12,
};

const decibelPattern = /^([+-]?[\d.]+)\s*dB$/i;

/**
 * Parses a prosody `volume` to decibels relative to the default (minus
 * infinity for silence). Accepts SSML 1.1 (`+6dB`, labels) and Azure's
 * forms: an absolute `0`–`100` (100 is the default), a relative `+10` or
 * `-5.5` on that scale, and a relative percentage `+3%`.
 */
export function parseVolumeDecibels(value: string): number | undefined {
  const text = value.trim();
  if (Object.hasOwn(volumeLabelDecibels, text)) return volumeLabelDecibels[text];
  const decibels = decibelPattern.exec(text);
  if (decibels !== null) {
    const number = decibels[1] as string;
    const amount = parseDecimal(number);
    // SSML 1.1 requires the sign; an unsigned `6dB` is accepted as +6 dB.
    return amount;
  }
  if (text.endsWith('%')) {
    const amount = parseDecimal(text.slice(0, -1).trim());
    if (amount === undefined) return undefined;
    const signed = text.startsWith('+') || text.startsWith('-');
    return amplitudeToDecibels(signed ? 1 + amount / 100 : amount / 100);
  }
  const amount = parseDecimal(text);
  if (amount === undefined) return undefined;
  const signed = text.startsWith('+') || text.startsWith('-');
  const linear = signed ? 100 + amount : amount;
  if (linear < 0 || linear > 100 + (signed ? 100 : 0)) return undefined;
  return amplitudeToDecibels(linear / 100);
}

export function amplitudeToDecibels(amplitude: number): number {
  return amplitude <= 0 ? Number.NEGATIVE_INFINITY : 20 * Math.log10(amplitude);
}

export function decibelsToAmplitude(decibels: number): number {
  return decibels === Number.NEGATIVE_INFINITY ? 0 : 10 ** (decibels / 20);
}

/** The canonical text: `+6dB`, `-3.5dB`, or `silent`. */
export function formatDecibels(decibels: number): string {
  return decibels === Number.NEGATIVE_INFINITY ? 'silent' : `${formatSigned(decibels)}dB`;
}

/**
 * Converts an SSML `volume` in decibels (`-6dB`, `+3.5dB`) to the amplitude
 * percentage espeak understands (`-6dB` → `50%`, `+6dB` → `200%`).
 * Returns `undefined` for values that are not decibels.
 */
export function decibelsToPercentage(volume: string): string | undefined {
  const match = decibelPattern.exec(volume.trim());
  if (match === null) return undefined;
  const value = parseDecimal(match[1] as string);
  if (value === undefined) return undefined;
  const percentage = Math.min(Math.round(100 * decibelsToAmplitude(value)), 1000);
  return `${percentage}%`;
}
