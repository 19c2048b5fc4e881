/**
 * Reads a `Retry-After` header: delay-seconds or an HTTP date. Returns
 * milliseconds from `now`, or `undefined` when absent or unreadable.
 */
export function parseRetryAfter(options: {
  value: string | undefined;
  now?: number;
}): number | undefined {
  const value = options.value?.trim();
  if (value === undefined || value === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - (options.now ?? Date.now()));
}
