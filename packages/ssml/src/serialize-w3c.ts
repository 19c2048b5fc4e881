import type { SsmlDocument } from './ast';
import { w3cCapabilities } from './capabilities/w3c-capabilities';
import { serializeWithCapabilities } from './lowering/capability-serializer';
import type { SerializedDialect } from './serialized-dialect';

/**
 * SSML 1.1 as the W3C Recommendation writes it: `speak` gets
 * `version="1.1"` and `xmlns` (and keeps the document's `xml:lang`; none is
 * invented, as that would change what the document means); vendor extensions are unwrapped (their text is kept) and vendor
 * value forms (`rate="1.2"`, `rate="+20%"`, `volume="80"`) become SSML 1.1
 * forms, each with a warning.
 */
export function serializeW3c(document: SsmlDocument): SerializedDialect {
  return serializeWithCapabilities({ document, capabilities: w3cCapabilities });
}
