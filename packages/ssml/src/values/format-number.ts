/** A number with at most `decimals` decimals and no trailing zeros (`1.5`, `-2`, `0.33`). */
export function formatNumber(value: number, decimals = 2): string {
  const rounded = Number(value.toFixed(decimals));
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** `formatNumber` with an explicit sign: `+1.5`, `-2`, `+0`. */
export function formatSigned(value: number, decimals = 2): string {
  const text = formatNumber(value, decimals);
  return text.startsWith('-') ? text : `+${text}`;
}

const numberPattern = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** Parses a decimal number as SSML writes them (no exponent, no hex); `undefined` otherwise. */
export function parseDecimal(text: string): number | undefined {
  if (!numberPattern.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}
