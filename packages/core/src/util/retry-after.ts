/** Longest wait honoured from a `Retry-After` header by default (one hour). */
const DEFAULT_MAX_RETRY_AFTER_MS = 3_600_000;

/**
 * Milliseconds to wait from an HTTP `Retry-After` header: delay-seconds
 * (`"120"`, also `"1.5"`) or an HTTP date, relative to `now`. Absent or
 * unreadable values give `undefined`, dates in the past 0, and waits above
 * `maxMs` (one hour) are capped. For engine adapters: put the result in
 * `EngineCallError`'s `retryAfterMs` and core's retries honour it.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  options: { now?: number; maxMs?: number } = {},
): number | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  const maxMs = options.maxMs ?? DEFAULT_MAX_RETRY_AFTER_MS;
  if (/^\d+(\.\d+)?$/.test(trimmed))
    return Math.min(maxMs, Math.round(Number(trimmed) * 1000));
  // an HTTP date names its day and month (`Date.parse('-3')` would be a year)
  if (!/[a-z]{3}/i.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.min(maxMs, Math.max(0, date - (options.now ?? Date.now())));
}
