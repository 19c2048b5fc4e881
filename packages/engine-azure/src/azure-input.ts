import type { Warning } from '@ttskit/core/spec';
import {
  parseSsml,
  type SourceMap,
  serializeSsml,
  textToSsmlDocument,
} from '@ttskit/ssml';

export type AzureInput = {
  /** The SSML sent: `speak` with version, xmlns and xml:lang, content inside `<voice name>`. */
  ssml: string;
  /** Maps offsets in `ssml` to offsets in the call's `input`. */
  sourceMap: SourceMap;
  warnings: Warning[];
};

/**
 * The SSML to send for a call. Core hands over input already lowered to the
 * `azure` dialect for this voice; serializing it again gives the same
 * string plus a source map (the SDK reports words by their offset in the
 * SSML it sent). Any other SSML, or plain text, is lowered here, with
 * warnings for what changed, so direct callers get a valid Azure document.
 */
export function prepareAzureInput(options: {
  input: string;
  inputType: 'ssml' | 'text';
  voice: string;
}): AzureInput {
  const { input, inputType, voice } = options;
  const document = inputType === 'text' ? textToSsmlDocument(input) : parseSsml(input);
  const serialized = serializeSsml(document, { dialect: 'azure', voice });
  return {
    ssml: serialized.ssml,
    sourceMap: serialized.sourceMap,
    warnings: serialized.warnings.map((warning) => ({ ...warning })),
  };
}
