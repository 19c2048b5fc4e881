import type { SsmlDocument } from './ast';
import type {
  AzureVoiceFamily,
  GoogleVoiceFamily,
  PollyVoiceFamily,
  VoiceFamily,
} from './capabilities/capability-types';
import { getDialectCapabilities } from './capabilities/dialect-capabilities';
import { serializeWithCapabilities } from './lowering/capability-serializer';
import { serializeEspeak } from './serialize-espeak';
import { serializeText } from './serialize-text';
import { serializeW3c } from './serialize-w3c';
import type { SerializedDialect } from './serialized-dialect';
import { SsmlLoweringError } from './ssml-lowering-error';

/**
 * `w3c`: SSML 1.1 (vendor extensions unwrapped). `google`, `azure`,
 * `polly`: what that vendor and voice family accept (see
 * `getDialectCapabilities`). `espeak`: what espeak-ng's SSML mode honours.
 * `text`: plain text.
 */
export type SsmlDialect = 'w3c' | 'google' | 'azure' | 'polly' | 'espeak' | 'text';

export type SerializeSsmlOptions = {
  dialect: SsmlDialect;
  /**
   * The voice the engine speaks with. Google and Azure tell the voice family
   * from it (`en-US-Studio-O`, `en-US-Ava:DragonHDLatestNeural`); Azure
   * wraps content outside `<voice>` in it.
   */
  voice?: string | undefined;
  /**
   * The voice family, overriding the one told from `voice`: a
   * `GoogleVoiceFamily`, `AzureVoiceFamily` or `PollyVoiceFamily` (Polly's
   * default is `neural`; its voice names do not tell the engine).
   */
  family?: VoiceFamily | undefined;
  /** Throw `SsmlLoweringError` instead of dropping or clamping anything. */
  strict?: boolean | undefined;
};

/** For the `text` dialect, `ssml` holds the plain text. */
export type SerializeSsmlResult = SerializedDialect;

/**
 * Serializes a document for an engine. The result's `sourceMap` maps
 * offsets in `ssml` (e.g. the text positions espeak reports while it walks
 * the string) back to offsets in the document's source: the caller's SSML,
 * or the caller's plain text for documents from `textToSsmlDocument`.
 * Everything the dialect cannot take as written is converted, clamped or
 * dropped, with a warning each (`strict`: a drop or clamp throws).
 */
export function serializeSsml(
  document: SsmlDocument,
  options: SerializeSsmlOptions,
): SerializeSsmlResult {
  const result = serializeForDialect(document, options);
  if (options.strict) {
    const losses = result.warnings.filter(
      (warning) => warning.action === 'dropped' || warning.action === 'clamped',
    );
    if (losses.length > 0)
      throw new SsmlLoweringError({ dialect: options.dialect, warnings: losses });
  }
  return result;
}

function serializeForDialect(
  document: SsmlDocument,
  options: SerializeSsmlOptions,
): SerializeSsmlResult {
  const { voice, family } = options;
  switch (options.dialect) {
    case 'w3c':
      return serializeW3c(document);
    case 'google':
      return serializeWithCapabilities({
        document,
        capabilities: getDialectCapabilities({
          dialect: 'google',
          voice,
          family: family as GoogleVoiceFamily | undefined,
        }),
        voice,
      });
    case 'azure':
      return serializeWithCapabilities({
        document,
        capabilities: getDialectCapabilities({
          dialect: 'azure',
          voice: voice ?? firstVoiceName(document),
          family: family as AzureVoiceFamily | undefined,
        }),
        voice,
      });
    case 'polly':
      return serializeWithCapabilities({
        document,
        capabilities: getDialectCapabilities({
          dialect: 'polly',
          voice,
          family: family as PollyVoiceFamily | undefined,
        }),
        voice,
      });
    case 'espeak':
      return serializeEspeak(document, { voice });
    case 'text':
      return serializeText(document);
    default:
      throw new RangeError(
        `[ttskit] [ssml] unknown SSML dialect "${String(options.dialect)}" (expected w3c, google, azure, polly, espeak or text)`,
      );
  }
}

/** The first `<voice name>` at the top of the document (Azure documents name their voices). */
function firstVoiceName(document: SsmlDocument): string | undefined {
  for (const child of document.root.children)
    if (child.type === 'element' && child.name === 'voice') return child.attributes.name;
  return undefined;
}
