import { describe, expect, it } from 'vitest';
import { parseSsml } from './parse-ssml';
import { corpusText, vendorDocuments } from './shared-corpus.test-helper';
import { SsmlParseError } from './ssml-parse-error';
import { toPlainText } from './to-plain-text';

const documents = vendorDocuments();
const wellFormed = documents.filter((document) => document.wellFormedXml);
const malformed = documents.filter((document) => !document.wellFormedXml);
const withText = wellFormed.filter((document) => document.textContent !== undefined);

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the shared SSML corpus', () => {
  it('lists 313 documents: 309 well-formed, 4 not, 284 with textContent', () => {
    expect(documents).toHaveLength(313);
    expect(wellFormed).toHaveLength(309);
    expect(malformed).toHaveLength(4);
    expect(withText).toHaveLength(284);
  });

  it.each(wellFormed.map((document) => [document.file, document] as const))(
    'parses %s',
    (_file, document) => {
      const parsed = parseSsml(document.source);
      expect(parsed.root.name).toBe('speak');
      expect(parsed.source).toBe(document.source);
    },
  );

  it.each(malformed.map((document) => [document.file, document] as const))(
    'rejects %s near where expat does',
    (_file, document) => {
      let caught: unknown;
      try {
        parseSsml(document.source);
      } catch (error) {
        caught = error;
      }
      expect(SsmlParseError.isInstance(caught)).toBe(true);
      const error = caught as SsmlParseError;
      // expat reports "line L, column C" with 0-based columns.
      const [, line, column] =
        /line (\d+), column (\d+)/.exec(document.xmlError ?? '') ?? [];
      if (error.reason === 'unclosed-element') {
        // We point at the start tag that is never closed; expat at the end of input.
        expect(error.message).toContain(
          `the input ends at ${line}:${Number(column) + 1}`,
        );
        expect(error.line).toBeLessThanOrEqual(Number(line));
      } else {
        expect(error.line).toBe(Number(line));
        expect(Math.abs(error.column - Number(column))).toBeLessThanOrEqual(1);
      }
      expect(error.snippet.split('\n')[1]).toMatch(/^\s*\^$/);
    },
  );

  it.each(withText.map((document) => [document.file, document] as const))(
    'speaks the manifest textContent of %s',
    (_file, document) => {
      const { text } = toPlainText(parseSsml(document.source));
      expect(normalize(text)).toBe(document.textContent);
    },
  );

  it('reports the rejected documents with the expected reasons', () => {
    const reasons = malformed.map((document) => {
      try {
        parseSsml(document.source);
        return 'parsed';
      } catch (error) {
        return `${document.file}: ${(error as SsmlParseError).reason} at ${(error as SsmlParseError).line}:${(error as SsmlParseError).column}`;
      }
    });
    expect(reasons).toEqual([
      'polly-voice-speed-vip-voice-speed-change-vip.xml: unclosed-element at 4:1',
      'polly-voice-speed-vip-voice-speed-change-vip-2.xml: unclosed-element at 4:1',
      'azure-smd-azure-comprehensive.xml: invalid-entity at 4:30',
      'google-smd-escape-xml.xml: invalid-entity at 2:19',
    ]);
  });

  it.each([
    'split/ssml-split/ssmlExampleLargeArticle.xml',
    'split/ssml-split/ssmlExampleLargeMultipleParagraphs.xml',
    'split/ssml-split/ssmlExampleLargeMultipleParagraphsWithSentences.xml',
    'split/ssml-split/ssmlExampleLargeSingleParagraph.xml',
  ])('parses the large ssml-split input %s', (path) => {
    const source = corpusText(path);
    const document = parseSsml(source);
    expect(document.root.span).toMatchObject({ end: source.trimEnd().length });
    expect(toPlainText(document).text.length).toBeGreaterThan(1000);
  });
});
