const decibels = /^([+-]?)(\d+(?:\.\d+)?|\.\d+)\s*dB$/i;

/**
 * Converts an SSML `volume` in decibels (`-6dB`, `+3.5dB`) to the amplitude
 * percentage espeak understands (`-6dB` → `50%`, `+6dB` → `200%`).
 * Returns `undefined` for values that are not decibels.
 */
export function decibelsToPercentage(volume: string): string | undefined {
  const match = decibels.exec(volume.trim());
  if (match === null) return undefined;
  const value = Number(match[2]) * (match[1] === '-' ? -1 : 1);
  const percentage = Math.min(Math.round(100 * 10 ** (value / 20)), 1000);
  return `${percentage}%`;
}
