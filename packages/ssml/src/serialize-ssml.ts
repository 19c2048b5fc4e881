import type { SsmlDocument } from './ast';
import { serializeEspeak } from './serialize-espeak';
import { serializeText } from './serialize-text';
import { serializeW3c } from './serialize-w3c';
import type { SerializedDialect } from './serialized-dialect';

/**
 * `w3c`: faithful SSML 1.1. `espeak`: what espeak-ng's SSML mode honours.
 * `text`: plain text.
 */
export type SsmlDialect = 'w3c' | 'espeak' | 'text';

/** For the `text` dialect, `ssml` holds the plain text. */
export type SerializeSsmlResult = SerializedDialect;

/**
 * Serializes a document for an engine. The result's `sourceMap` maps
 * offsets in `ssml` (e.g. the text positions espeak reports while it walks
 * the string) back to offsets in the document's source: the caller's SSML,
 * or the caller's plain text for documents from `textToSsmlDocument`.
 */
export function serializeSsml(
  document: SsmlDocument,
  options: { dialect: SsmlDialect; voice?: string },
): SerializeSsmlResult {
  switch (options.dialect) {
    case 'w3c':
      return serializeW3c(document);
    case 'espeak':
      return serializeEspeak(document, { voice: options.voice });
    case 'text':
      return serializeText(document);
    default:
      throw new RangeError(
        `[ttskit] [ssml] unknown SSML dialect "${String(options.dialect)}" (expected w3c, espeak or text)`,
      );
  }
}
