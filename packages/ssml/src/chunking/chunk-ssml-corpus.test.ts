import { describe, expect, it } from 'vitest';
import type { SsmlDocument } from '../ast';
import { parseSsml } from '../parse-ssml';
import { corpusText, vendorDocuments } from '../shared-corpus.test-helper';
import { textToSsmlDocument } from '../text-to-ssml-document';
import type { ChunkLimit } from './chunk-limits';
import { chunkSsml } from './chunk-ssml';
import {
  chunkErrorProblem,
  chunkProblems,
  type Vendor,
  vendors,
} from './chunk-verification.test-helper';

const splitFiles = [
  'ssmlExampleLargeArticle.xml',
  'ssmlExampleLargeMultipleParagraphs.xml',
  'ssmlExampleLargeMultipleParagraphsWithSentences.xml',
  'ssmlExampleLargeSingleParagraph.xml',
  'textExampleLarge.txt',
  'textExampleLargeSentence.txt',
];
/** Enough of each book to cut it into dozens of chunks, little enough for a slow machine. */
const bookLength = 200_000;
const books = [
  'the-time-machine.paragraphs.txt',
  'the-time-machine.pg35.txt',
  'the-three-musketeers.pg1257.txt',
];
const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function documentOf(file: string, text: string): SsmlDocument {
  return file.endsWith('.txt') ? textToSsmlDocument(text) : parseSsml(text);
}

/** The Time Machine as SSML: one `p` per paragraph inside a `prosody` every cut reopens. */
function bookAsSsml(): SsmlDocument {
  const paragraphs = corpusText('books/the-time-machine.paragraphs.txt')
    .split(/\n\s*\n/)
    .filter((paragraph) => paragraph.trim() !== '')
    .map((paragraph) => `<p>${escapeXml(paragraph.trim())}</p>`);
  return parseSsml(
    `<speak><prosody rate="95%">${paragraphs.join('\n')}</prosody></speak>`,
  );
}

/** Chunks a document and returns what is wrong with the chunks, and how many there are. */
function check(document: SsmlDocument, vendor: Vendor, limits: ChunkLimit[]) {
  const chunks = chunkSsml(document, { ...vendors[vendor].options, limit: limits });
  return {
    count: chunks.length,
    problems: chunkProblems({ document, chunks, vendor, limits }),
  };
}

const wellFormed = vendorDocuments().filter((entry) => entry.wellFormedXml);

describe.each(['google', 'polly'] as const)(
  'chunkSsml for %s on the shared corpus',
  (vendor) => {
    const { limits, small } = vendors[vendor];

    it.each(splitFiles)('chunks the ssml-split input %s within the limits', (file) => {
      const document = documentOf(file, corpusText(`split/ssml-split/${file}`));
      const { count, problems } = check(document, vendor, limits);
      expect(problems).toEqual([]);
      expect(count).toBeGreaterThanOrEqual(2);
    });

    it('keeps every well-formed vendor document whole or chunks it within the limits', () => {
      const problems = wellFormed.flatMap((entry) =>
        check(parseSsml(entry.source), vendor, limits).problems.map(
          (problem) => `${entry.file}: ${problem}`,
        ),
      );
      expect(problems).toEqual([]);
    });

    it(`cuts the vendor documents to ${small.map((limit) => `${limit.max} ${limit.unit}`).join(' + ')}, or names the unit that cannot be cut`, () => {
      const problems: string[] = [];
      const errorsByUnit: Record<string, number> = {};
      let chunks = 0;
      let cutDocuments = 0;
      for (const entry of wellFormed) {
        try {
          const result = check(parseSsml(entry.source), vendor, small);
          chunks += result.count;
          if (result.count > 1) cutDocuments++;
          problems.push(...result.problems.map((problem) => `${entry.file}: ${problem}`));
        } catch (error) {
          const problem = chunkErrorProblem(error, entry.source);
          if (problem !== undefined) problems.push(`${entry.file}: ${problem}`);
          const unit = (error as { unit?: string }).unit ?? 'other';
          errorsByUnit[unit] = (errorsByUnit[unit] ?? 0) + 1;
        }
      }
      expect(problems).toEqual([]);
      const errors = Object.values(errorsByUnit).reduce((sum, count) => sum + count, 0);
      // the documents above the small limit are cut, but for a few whose unit is larger
      expect(cutDocuments).toBeGreaterThan(25);
      expect(errors).toBeLessThan((cutDocuments + errors) / 3);
      expect(chunks).toBeGreaterThan(wellFormed.length + cutDocuments);
    });

    it.each(books)(`chunks the first ${bookLength / 1000} KB of %s`, (book) => {
      const text = corpusText(`books/${book}`).slice(0, bookLength);
      const { count, problems } = check(textToSsmlDocument(text), vendor, limits);
      expect(problems).toEqual([]);
      expect(count).toBeGreaterThan(text.length / limits[0]!.max);
    });

    it('chunks The Time Machine as SSML paragraphs inside a prosody', () => {
      const { count, problems } = check(bookAsSsml(), vendor, limits);
      expect(problems).toEqual([]);
      expect(count).toBeGreaterThan(30);
    });
  },
);
