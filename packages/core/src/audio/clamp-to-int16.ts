/** Rounds to the nearest integer and clamps to the s16 range [-32768, 32767]. */
export function clampToInt16(value: number): number {
  return Math.min(32_767, Math.max(-32_768, Math.round(value)));
}
