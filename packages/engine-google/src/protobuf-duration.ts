/** Milliseconds of a protobuf JSON `Duration` such as `"1.5s"`; undefined otherwise. */
export function parseProtobufDuration(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d+(?:\.\d+)?)s$/.exec(value.trim());
  return match ? Math.round(Number(match[1]) * 1000) : undefined;
}
