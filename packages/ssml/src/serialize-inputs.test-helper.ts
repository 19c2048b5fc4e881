import fc from 'fast-check';
import type { SsmlDocument } from './ast';
import { parseSsml } from './parse-ssml';
import {
  type DialectName,
  type LoweringOptions,
  voiceFamilies,
  voiceNames,
} from './ssml-dialects.test-helper';
import {
  ssmlDocumentArbitrary,
  type Vocabulary,
} from './ssml-document-arbitrary.test-helper';
import { textToSsmlDocument } from './text-to-ssml-document';

/** Plain text for `textToSsmlDocument`: any code points (controls too), graphemes, markup-like pieces. */
export const plainTexts = fc.oneof(
  fc.string({ maxLength: 120, unit: 'binary' }),
  fc.string({ maxLength: 120, unit: 'grapheme' }),
  fc
    .array(
      fc.constantFrom(
        'a',
        ' ',
        '&amp;',
        '<',
        '>',
        ']]>',
        '\r\n',
        '\t',
        '😀',
        '\u0001',
        'שלום',
      ),
      { maxLength: 30 },
    )
    .map((pieces) => pieces.join('')),
);

export type SerializeInput = { ssml: string } | { text: string };

/** Generated SSML, kept as its source so a failing property shows the input. */
export const ssmlInputs = (
  vocabulary: Vocabulary = 'all',
): fc.Arbitrary<SerializeInput> =>
  ssmlDocumentArbitrary({ vocabulary }).map((generated) => ({ ssml: generated.source }));

/** Generated SSML, or now and then plain text. */
export const anyInputs: fc.Arbitrary<SerializeInput> = fc.oneof(
  { weight: 3, arbitrary: ssmlInputs() },
  { weight: 1, arbitrary: plainTexts.map((text) => ({ text })) },
);

export function documentOf(input: SerializeInput): SsmlDocument {
  return 'ssml' in input ? parseSsml(input.ssml) : textToSsmlDocument(input.text);
}

/** Optionally a voice and a voice family of the dialect (both may be missing). */
export function loweringOptionsArbitrary(
  dialect: DialectName,
): fc.Arbitrary<LoweringOptions> {
  const pick = (values: readonly string[]) =>
    values.length === 0 ? fc.constant(undefined) : fc.constantFrom(...values);
  return fc
    .record(
      { voice: pick(voiceNames[dialect]), family: pick(voiceFamilies[dialect]) },
      { requiredKeys: [] },
    )
    .map((options) =>
      Object.fromEntries(
        Object.entries(options).filter(([, value]) => value !== undefined),
      ),
    );
}
