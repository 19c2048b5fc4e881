import { SsmlBuilderError } from './ssml-builder-error';

/** Validation shared by the builder's options; every failure is an `SsmlBuilderError`. */

export type Check = { option: string; value: unknown };

export const fail = (check: Check, expected: string): never => {
  throw new SsmlBuilderError({ ...check, expected });
};

/** A finite number, at least `minimum` when given; throws otherwise. */
export function requireNumber(
  check: Check & { minimum?: number; expected: string },
): number {
  const { value, minimum } = check;
  if (typeof value !== 'number' || !Number.isFinite(value))
    return fail(check, check.expected);
  if (minimum !== undefined && value < minimum) return fail(check, check.expected);
  return value;
}

/** One of `labels`' keys; throws otherwise. */
export function requireLabel(
  check: Check & { labels: Readonly<Record<string, unknown>> },
): string {
  const { value, labels } = check;
  if (typeof value === 'string' && Object.hasOwn(labels, value)) return value;
  return fail(check, `one of ${Object.keys(labels).join(', ')}`);
}

/** A non-empty string (after trimming); throws otherwise. */
export function requireText(check: Check): string {
  const { value } = check;
  if (typeof value !== 'string' || value.trim() === '')
    return fail(check, 'a non-empty string');
  return value;
}

/** Formatted text that its parser reads back (huge numbers print with exponents); throws otherwise. */
export function readsBack(
  check: Check & { text: string; parses: (text: string) => unknown },
): string {
  return check.parses(check.text) === undefined
    ? fail(check, 'a value in range')
    : check.text;
}
