import { describe, expect, it } from 'vitest';
import { parseSsml } from './parse-ssml';
import { vendorDocuments } from './shared-corpus.test-helper';
import { validateSsml } from './validate-ssml';
import type { SsmlValidationDialect } from './validate-ssml-options';

const documents = vendorDocuments().filter((document) => document.wellFormedXml);
const dialects: Array<SsmlValidationDialect | undefined> = [
  undefined,
  'w3c',
  'google',
  'azure',
  'polly',
  'espeak',
  'text',
];
const ownDialect: Record<string, SsmlValidationDialect> = {
  google: 'google',
  azure: 'azure',
  polly: 'polly',
  w3c: 'w3c',
};

/** Vendor-doc examples that are wrong as written, and why. */
const documentsWithErrors: Record<string, string> = {
  'azure-smd-multiple-modifiers-same-text.xml': '<prosody> inside <say-as> (text only)',
  'google-smd-multiple-modifiers-same-text.xml': '<prosody> inside <say-as> (text only)',
  'polly-smd-multiple-modifiers-same-text.xml': '<prosody> inside <say-as> (text only)',
  'azure-ssmlparser-microsoft-custom-tags.xml':
    'a schema template: values are the word "string" (volume, fadein, type, role, value…)',
  'google-aog-speed.xml': 'rate="foo"',
};

describe('validateSsml on the shared corpus', () => {
  it.each(documents.map((document) => [document.file, document] as const))(
    'validates %s under every dialect without throwing',
    (_file, document) => {
      const parsed = parseSsml(document.source);
      for (const dialect of dialects) {
        const diagnostics = validateSsml(
          parsed,
          dialect === undefined ? {} : { dialect },
        );
        expect(
          diagnostics.filter((diagnostic) => diagnostic.code === 'lowering-failed'),
        ).toEqual([]);
        for (const { position } of diagnostics)
          expect(position.offset).toBeLessThanOrEqual(document.source.length);
      }
    },
  );

  it('finds errors under their own dialect only in the documented vendor examples', () => {
    const withErrors = documents
      .filter((document) => ownDialect[document.vendor] !== undefined)
      .filter((document) =>
        validateSsml(parseSsml(document.source), {
          dialect: ownDialect[document.vendor],
        }).some((diagnostic) => diagnostic.severity === 'error'),
      )
      .map((document) => document.file);
    expect(withErrors.sort()).toEqual(Object.keys(documentsWithErrors).sort());
  });

  it('finds only notes in the W3C examples under dialect w3c', () => {
    const w3c = documents.filter((document) => document.vendor === 'w3c');
    expect(w3c).toHaveLength(8);
    const found = w3c.flatMap((document) =>
      validateSsml(parseSsml(document.source), { dialect: 'w3c' }).map(
        (diagnostic) => `${document.file} ${diagnostic.severity} ${diagnostic.code}`,
      ),
    );
    // The smd examples are bare <speak> (no xml:lang); "digits" is not in the W3C say-as Note.
    expect(found.sort()).toEqual([
      'w3c-smd-new-engines-2.xml info missing-language',
      'w3c-smd-new-engines-3.xml info missing-language',
      'w3c-smd-new-engines.xml info missing-language',
      'w3c-smd-new-engines.xml info unsupported-value',
    ]);
  });
});
