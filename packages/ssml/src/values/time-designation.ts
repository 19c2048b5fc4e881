import { formatNumber, parseDecimal } from './format-number';

const timePattern = /^\s*([+-]?[\d.]+)\s*(ms|s)\s*$/i;

/**
 * Parses an SSML time designation (`250ms`, `3s`, `1.5s`) to milliseconds.
 * Returns `undefined` for anything else, negative values included.
 */
export function parseTimeDesignation(value: string): number | undefined {
  const match = timePattern.exec(value);
  if (match === null) return undefined;
  const amount = parseDecimal(match[1] as string);
  if (amount === undefined || amount < 0) return undefined;
  return (match[2] as string).toLowerCase() === 's' ? amount * 1000 : amount;
}

/** The canonical form of a time: whole (or fractional) milliseconds, `1500ms`. */
export function formatMilliseconds(milliseconds: number): string {
  return `${formatNumber(milliseconds, 1)}ms`;
}
