import { formatNumber, parseDecimal } from './format-number';

/**
 * Rate labels as multipliers of the voice's default rate (Azure's documented
 * values; SSML 1.1 leaves them to the processor).
 */
export const rateLabelMultipliers: Readonly<Record<string, number>> = {
  'x-slow': 0.5,
  slow: 0.64,
  medium: 1,
  default: 1,
  fast: 1.55,
  'x-fast': 2,
};

/**
 * Parses a prosody `rate` to a multiplier (1 is unchanged). Accepts every
 * form vendors document: SSML 1.1's non-negative percentage (`150%` → 1.5),
 * labels, a signed relative percentage (`+30%` → 1.3, `-20%` → 0.8, Azure
 * and Polly), and a bare multiplier (`1.2`, Azure). `undefined` when none
 * of these.
 */
export function parseRate(value: string): number | undefined {
  const text = value.trim();
  if (Object.hasOwn(rateLabelMultipliers, text)) return rateLabelMultipliers[text];
  if (text.endsWith('%')) {
    const amount = parseDecimal(text.slice(0, -1).trim());
    if (amount === undefined) return undefined;
    const signed = text.startsWith('+') || text.startsWith('-');
    const multiplier = signed ? 1 + amount / 100 : amount / 100;
    return multiplier >= 0 ? multiplier : undefined;
  }
  const multiplier = parseDecimal(text);
  return multiplier !== undefined && multiplier >= 0 && !text.startsWith('+')
    ? multiplier
    : undefined;
}

/** The canonical rate: SSML 1.1's non-negative percentage, `120%`. */
export function formatRatePercentage(multiplier: number): string {
  return `${formatNumber(multiplier * 100)}%`;
}
