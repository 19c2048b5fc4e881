import { normalizeSsml, type SsmlDocument } from '@ttskit/ssml';

/**
 * The document engines receive and the request key hashes: normalized, so
 * equivalent inputs (`rate="fast"` and `rate="155%"`, `<break
 * strength="strong"/>` and `<break time="1s"/>`) share a cache entry and
 * are lowered the same way. Plain text has nothing to normalize.
 */
export function normalizeDocument(document: SsmlDocument): SsmlDocument {
  if (document.origin === 'text') return document;
  return normalizeSsml(document).document;
}
