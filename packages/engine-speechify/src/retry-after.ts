/** Longest wait honoured from a `Retry-After` header (one hour). */
const MAX_RETRY_AFTER_MS = 3_600_000;

/**
 * `Retry-After` as milliseconds: delay-seconds (`120`, also `1.5`) or an
 * HTTP date, relative to `now`. Absent or malformed values give `undefined`;
 * dates in the past give 0.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(trimmed)) {
    return Math.min(MAX_RETRY_AFTER_MS, Math.round(Number(trimmed) * 1000));
  }
  if (!/[a-z]/i.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.min(MAX_RETRY_AFTER_MS, Math.max(0, date - now));
}
