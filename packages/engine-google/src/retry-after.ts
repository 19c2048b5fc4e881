/**
 * Milliseconds to wait from a `Retry-After` header: delay-seconds
 * (`"30"`, `"1.5"`) or an HTTP date. Undefined when absent or unreadable.
 */
export function parseRetryAfterHeader(options: {
  value: string | null | undefined;
  now?: number;
}): number | undefined {
  const value = options.value?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  // an HTTP date names its day and month (`Date.parse('-3')` would be a year)
  if (!/[a-z]{3}/i.test(value)) return undefined;
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - (options.now ?? Date.now()));
}

/** Milliseconds of a protobuf JSON `Duration` such as `"1.5s"`; undefined otherwise. */
export function parseProtobufDuration(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d+(?:\.\d+)?)s$/.exec(value.trim());
  return match ? Math.round(Number(match[1]) * 1000) : undefined;
}
