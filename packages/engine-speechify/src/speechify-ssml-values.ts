/**
 * Attribute values Speechify documents (https://docs.sws.speechify.com/docs/ssml),
 * converted from the SSML 1.1 forms `@ttskit/ssml`'s `w3c` dialect writes.
 * Each returns the value to send, or `undefined` to drop the attribute.
 */

/** Speechify's break limit: 0–10 s. */
export const MAX_BREAK_MS = 10_000;

const rateLabels = new Set(['x-slow', 'slow', 'medium', 'fast', 'x-fast']);
const pitchLabels = new Set(['x-low', 'low', 'medium', 'high', 'x-high']);
const volumeLabels = new Set(['silent', 'x-soft', 'soft', 'medium', 'loud', 'x-loud']);
export const breakStrengths = new Set([
  'none',
  'x-weak',
  'weak',
  'medium',
  'strong',
  'x-strong',
]);
export const emphasisLevels = new Set(['reduced', 'moderate', 'strong']);

function clamp(value: number, minimum: number, maximum: number): number {
  return Math.min(maximum, Math.max(minimum, value));
}

function signedPercent(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return `${rounded >= 0 ? '+' : ''}${rounded}%`;
}

/**
 * `rate`: labels; signed percentages (a change, -50% to +9900%). SSML 1.1's
 * unsigned `150%` (a multiplier) becomes `+50%`; a bare multiplier `1.5` too.
 */
export function speechifyRate(value: string): string | undefined {
  const trimmed = value.trim().toLowerCase();
  if (trimmed === 'default') return 'medium';
  if (rateLabels.has(trimmed)) return trimmed;
  const signed = /^([+-])(\d+(?:\.\d+)?)%$/.exec(trimmed);
  if (signed) {
    const change = Number(signed[2]) * (signed[1] === '-' ? -1 : 1);
    return signedPercent(clamp(change, -50, 9900));
  }
  const unsigned = /^(\d+(?:\.\d+)?)(%?)$/.exec(trimmed);
  if (unsigned) {
    const multiplier = Number(unsigned[1]) / (unsigned[2] === '%' ? 100 : 1);
    return signedPercent(clamp((multiplier - 1) * 100, -50, 9900));
  }
  return undefined;
}

/** `pitch`: labels; signed percentages from -83% to +100%. */
export function speechifyPitch(value: string): string | undefined {
  const trimmed = value.trim().toLowerCase();
  if (trimmed === 'default') return 'medium';
  if (pitchLabels.has(trimmed)) return trimmed;
  const signed = /^([+-]?)(\d+(?:\.\d+)?)%$/.exec(trimmed);
  if (!signed || signed[1] === '') return undefined;
  const change = Number(signed[2]) * (signed[1] === '-' ? -1 : 1);
  return signedPercent(clamp(change, -83, 100));
}

/** `volume`: labels, decibels (`-6dB`), percentages. */
export function speechifyVolume(value: string): string | undefined {
  const trimmed = value.trim();
  const lower = trimmed.toLowerCase();
  if (lower === 'default') return 'medium';
  if (volumeLabels.has(lower)) return lower;
  if (/^[+-]?\d+(\.\d+)?dB$/i.test(trimmed)) return trimmed.replace(/db$/i, 'dB');
  if (/^[+-]?\d+(\.\d+)?%$/.test(trimmed)) return trimmed;
  return undefined;
}

/** `break time` in milliseconds, clamped to 10 s; `clamped` says it was. */
export function speechifyBreakTime(
  value: string,
): { time: string; clamped: boolean } | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s)\s*$/i.exec(value);
  if (!match) return undefined;
  const milliseconds =
    Number(match[1]) * ((match[2] as string).toLowerCase() === 's' ? 1000 : 1);
  const kept = Math.round(clamp(milliseconds, 0, MAX_BREAK_MS));
  return { time: `${kept}ms`, clamped: kept !== Math.round(milliseconds) };
}
