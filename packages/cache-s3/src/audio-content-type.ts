const CONTENT_TYPES: ReadonlyMap<string, string> = new Map([
  ['wav', 'audio/wav'],
  ['mp3', 'audio/mpeg'],
  ['ogg', 'audio/ogg'],
  ['opus', 'audio/ogg'],
  ['ogg_opus', 'audio/ogg'],
  ['pcm', 'application/octet-stream'],
]);

const FALLBACK_CONTENT_TYPE = 'application/octet-stream';

/** The Content-Type of a stored entry, from `metadata.format`. */
export function audioContentType(metadata: Record<string, unknown>): string {
  const format = metadata.format;
  if (typeof format !== 'string') return FALLBACK_CONTENT_TYPE;
  return CONTENT_TYPES.get(format.toLowerCase()) ?? FALLBACK_CONTENT_TYPE;
}
