import type { NumericRange } from '../capabilities/capability-types';
import { formatNumber } from '../values/format-number';

/** What lowering does to one attribute value. */
export type ValueOutcome =
  | { kind: 'pass' }
  /** Written as `value` (under `attribute` when it moves, e.g. a strength becoming a `time`). */
  | { kind: 'converted'; value: string; attribute?: string }
  /** Out of range: written as the nearest bound; `range` is for the message. */
  | { kind: 'clamped'; value: string; range: string }
  | { kind: 'invalid'; reason: string };

export const passOutcome: ValueOutcome = { kind: 'pass' };

/** `amount` inside `range`, or `undefined` when it already is. */
export function clampToRange(
  amount: number,
  range: NumericRange | undefined,
): number | undefined {
  if (range === undefined) return undefined;
  if (range.minimum !== undefined && amount < range.minimum) return range.minimum;
  if (range.maximum !== undefined && amount > range.maximum) return range.maximum;
  return undefined;
}

/** `20–200%`, `at most 10000ms`, `at least 0`. */
export function describeRange(
  range: NumericRange,
  format: (amount: number) => string = formatNumber,
): string {
  const { minimum, maximum } = range;
  if (minimum !== undefined && maximum !== undefined)
    return `${format(minimum)} to ${format(maximum)}`;
  if (maximum !== undefined) return `at most ${format(maximum)}`;
  return `at least ${format(minimum ?? 0)}`;
}
