import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences';

const sentencesDirectory = join(
  import.meta.dirname,
  '../../../../../shared/corpus/sentences',
);

type GoldenCase = { text: string; expected: string[] };
type GoldenGroup = { segmenter?: { clean?: boolean }; cases: GoldenCase[] };

function goldenFiles(): Array<{ language: string; cases: GoldenCase[] }> {
  return readdirSync(sentencesDirectory)
    .filter((file) => file.startsWith('golden-'))
    .map((file) => {
      const data = JSON.parse(readFileSync(join(sentencesDirectory, file), 'utf8'));
      const groups: GoldenGroup[] = data.groups ?? [
        data.goldenRules,
        ...(data.moreGroups ?? []),
      ];
      // "clean" groups expect pySBD's text cleaning (joined lines, fixed spacing): not our job
      const cases = groups
        .filter((group) => !group.segmenter?.clean)
        .flatMap((group) => group.cases);
      return { language: data.language as string, cases };
    });
}

function intlSentences(text: string, locale: string): string[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
  return [...segmenter.segment(text)].map((part) => part.segment.trim()).filter(Boolean);
}

/** Golden cases passed when this was written (ours / Intl.Segmenter alone): the floor. */
const floor: Record<string, number> = {
  am: 1,
  ar: 1,
  bg: 3,
  da: 42,
  de: 3,
  el: 0,
  en: 49,
  es: 27,
  fa: 1,
  fr: 5,
  hi: 1,
  hy: 22,
  it: 35,
  ja: 4,
  kk: 11,
  mr: 5,
  my: 1,
  nl: 1,
  pl: 1,
  ru: 40,
  sk: 4,
  te: 4,
  uk: 4,
  ur: 1,
  zh: 1,
};

describe('splitSentences against the golden rules (25 languages)', () => {
  const files = goldenFiles();
  it('scores at least as well as Intl.Segmenter in every language, and keeps its floor', () => {
    const rows: string[] = [];
    let ours = 0;
    let baseline = 0;
    let total = 0;
    for (const { language, cases } of files) {
      const passed = cases.filter(
        (entry) =>
          JSON.stringify(
            splitSentences(entry.text, { locale: language }).map((s) => s.text),
          ) === JSON.stringify(entry.expected),
      ).length;
      const intl = cases.filter(
        (entry) =>
          JSON.stringify(intlSentences(entry.text, language)) ===
          JSON.stringify(entry.expected),
      ).length;
      rows.push(`${language} ${passed}/${cases.length} (Intl.Segmenter ${intl})`);
      ours += passed;
      baseline += intl;
      total += cases.length;
      expect(passed, `${language}`).toBeGreaterThanOrEqual(intl);
      expect(passed, `${language}`).toBeGreaterThanOrEqual(floor[language] ?? 0);
    }
    console.log(
      `sentence golden rules: ${ours}/${total} (Intl.Segmenter ${baseline})\n${rows.join('\n')}`,
    );
    expect(files).toHaveLength(25);
  });
});

describe('splitSentences', () => {
  const split = (text: string, locale?: string) =>
    splitSentences(text, locale === undefined ? {} : { locale }).map(
      (sentence) => sentence.text,
    );

  it('keeps titles, initials and abbreviations inside their sentence', () => {
    expect(split('Dr. Smith went home. He slept.')).toEqual([
      'Dr. Smith went home.',
      'He slept.',
    ]);
    expect(split('Mr. and Mrs. Jones arrived. They sat.')).toEqual([
      'Mr. and Mrs. Jones arrived.',
      'They sat.',
    ]);
    expect(split('Did you see Albert I. Jones yesterday? Yes.')).toEqual([
      'Did you see Albert I. Jones yesterday?',
      'Yes.',
    ]);
    expect(split('We left at 5 a.m. today. Then rain.')).toEqual([
      'We left at 5 a.m. today.',
      'Then rain.',
    ]);
  });

  it('handles decimals, URLs, e-mail, quotes, ellipses and list markers', () => {
    expect(
      split(
        'Pi is 3.14. Visit https://example.com/a.b. Mail jane.doe@example.com. Done.',
      ),
    ).toEqual([
      'Pi is 3.14.',
      'Visit https://example.com/a.b.',
      'Mail jane.doe@example.com.',
      'Done.',
    ]);
    expect(split('She said "Hi." Then left.')).toEqual(['She said "Hi."', 'Then left.']);
    expect(split('1.) The first item 2.) The second item')).toEqual([
      '1.) The first item',
      '2.) The second item',
    ]);
  });

  it('never ends a sentence inside a token such as 1.F.3', () => {
    expect(split('See paragraph 1.F.3, a full refund. Version 2.A is out.')).toEqual([
      'See paragraph 1.F.3, a full refund.',
      'Version 2.A is out.',
    ]);
  });

  it('splits CJK and other scripts without spaces, with offsets into the input', () => {
    const text = '你好。我很好！你呢？';
    const sentences = splitSentences(text, { locale: 'zh' });
    expect(sentences.map((sentence) => sentence.text)).toEqual([
      '你好。',
      '我很好！',
      '你呢？',
    ]);
    for (const sentence of sentences)
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(split('Ի՞նչ ես մտածում: Ոչինչ:', 'hy')).toEqual([
      'Ի՞նչ ես մտածում:',
      'Ոչինչ:',
    ]);
  });

  it('gives the same sentences for a long text cut into pieces as for short pieces', () => {
    const book = readFileSync(
      join(sentencesDirectory, '../books/the-time-machine.paragraphs.txt'),
      'utf8',
    ).slice(0, 120_000);
    const whole = splitSentences(book, { maxPieceLength: 4_000 });
    const byParagraph = book.split('\n').flatMap((line, index, lines) => {
      const offset = lines
        .slice(0, index)
        .reduce((sum, previous) => sum + previous.length + 1, 0);
      return splitSentences(line).map((sentence) => sentence.start + offset);
    });
    for (const sentence of whole)
      expect(book.slice(sentence.start, sentence.end)).toBe(sentence.text);
    // cutting long text for Intl.Segmenter moves no boundary
    expect(whole.map((sentence) => sentence.start)).toEqual(byParagraph);
  });
});
