/**
 * Break strengths as pauses in milliseconds. SSML 1.1 leaves the length to
 * the processor; these are the values Azure documents (the only vendor that
 * gives numbers), so a `strength` means the same pause on every engine once
 * normalized.
 */
export const breakStrengthMilliseconds: Readonly<Record<string, number>> = {
  none: 0,
  'x-weak': 250,
  weak: 500,
  medium: 750,
  strong: 1000,
  'x-strong': 1250,
};

/** The pause a `strength` stands for, or `undefined` for an unknown strength. */
export function breakStrengthToMilliseconds(strength: string): number | undefined {
  return Object.hasOwn(breakStrengthMilliseconds, strength)
    ? breakStrengthMilliseconds[strength]
    : undefined;
}

/** The strength whose pause is nearest to `milliseconds` (for vendors that take only strengths). */
export function nearestBreakStrength(milliseconds: number): string {
  let best = 'medium';
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const [strength, pause] of Object.entries(breakStrengthMilliseconds)) {
    const distance = Math.abs(pause - milliseconds);
    if (distance < bestDistance) {
      best = strength;
      bestDistance = distance;
    }
  }
  return best;
}
