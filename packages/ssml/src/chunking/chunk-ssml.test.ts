import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSsml } from '../parse-ssml';
import { textToSsmlDocument } from '../text-to-ssml-document';
import { toPlainText } from '../to-plain-text';
import { chunkSsml } from './chunk-ssml';
import { SsmlChunkError } from './ssml-chunk-error';

const splitDirectory = join(
  import.meta.dirname,
  '../../../../../shared/corpus/split/ssml-split',
);
const booksDirectory = join(import.meta.dirname, '../../../../../shared/corpus/books');
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function spokenTexts(chunks: ReturnType<typeof chunkSsml>): string {
  return collapse(chunks.map((chunk) => toPlainText(chunk.document).text).join(' '));
}

describe('chunkSsml', () => {
  it('returns the document whole when it fits', () => {
    const document = parseSsml('<speak>Short. Text.</speak>');
    const chunks = chunkSsml(document, {
      limit: { unit: 'utf16', max: 100 },
      dialect: 'w3c',
    });
    expect(chunks).toHaveLength(1);
    expect(chunks[0]?.cutAfter).toBe('end');
  });

  it('cuts at sentences and closes and reopens the elements a cut passes through', () => {
    const source =
      '<speak xml:lang="en-US"><voice name="Ava"><prosody rate="120%" pitch="+10%">First sentence here. Second one follows. <emphasis level="strong">Third is strong. Fourth too.</emphasis></prosody></voice></speak>';
    const document = parseSsml(source);
    const chunks = chunkSsml(document, {
      limit: { unit: 'utf16', max: 230 },
      dialect: 'w3c',
    });
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) {
      expect(chunk.size).toBeLessThanOrEqual(230);
      expect(chunk.serialized.ssml).toContain('<voice name="Ava">');
      expect(chunk.serialized.ssml).toContain('<prosody rate="120%" pitch="+10%">');
      expect(parseSsml(chunk.serialized.ssml).root.name).toBe('speak');
    }
    expect(chunks.slice(0, -1).every((chunk) => chunk.cutAfter === 'sentence')).toBe(
      true,
    );
    expect(spokenTexts(chunks)).toBe(toPlainText(document).text);
    // the strong emphasis is reopened in the chunk that holds "Fourth too."
    const last = chunks.at(-1)?.serialized.ssml ?? '';
    expect(last).toMatch(/<emphasis level="strong">[^<]*Fourth too\./);
  });

  it('falls back to clauses, then words, and never cuts inside say-as or sub', () => {
    const source =
      '<speak>one two three, <say-as interpret-as="characters">ABCDEFG</say-as> four five six seven, <sub alias="World Wide Web">WWW</sub> eight nine ten</speak>';
    const document = parseSsml(source);
    const chunks = chunkSsml(document, {
      limit: { unit: 'billed-chars', max: 24 },
      dialect: 'w3c',
    });
    for (const chunk of chunks) {
      expect(chunk.size).toBeLessThanOrEqual(24);
      expect(chunk.serialized.ssml.includes('ABCDEFG')).toBe(
        chunk.serialized.ssml.includes('<say-as'),
      );
    }
    expect(chunks.some((chunk) => chunk.cutAfter === 'clause')).toBe(true);
    expect(spokenTexts(chunks)).toBe(toPlainText(document).text);
  });

  it('maps every chunk back to offsets in the original source', () => {
    const source =
      '<speak><p>Alpha beta gamma. Delta &amp; epsilon.</p><p>Zeta eta.</p></speak>';
    const document = parseSsml(source);
    const chunks = chunkSsml(document, {
      limit: { unit: 'utf16', max: 130 },
      dialect: 'w3c',
    });
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) {
      const { ssml, sourceMap } = chunk.serialized;
      for (const word of ['Alpha', 'Delta', 'Zeta', 'epsilon']) {
        const at = ssml.indexOf(word);
        if (at >= 0)
          expect(source.slice(sourceMap.toSourceOffset(at)).startsWith(word)).toBe(true);
      }
    }
  });

  it('throws a typed error naming an unsplittable unit larger than the limit', () => {
    const source = `<speak>Fine. <say-as interpret-as="characters">${'X'.repeat(60)}</say-as> done.</speak>`;
    const error = (() => {
      try {
        chunkSsml(parseSsml(source), {
          limit: { unit: 'billed-chars', max: 30 },
          dialect: 'w3c',
        });
      } catch (caught) {
        return caught;
      }
    })();
    expect(SsmlChunkError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ unit: 'say-as', line: 1, column: 14, limit: 30 });
    const word = `<speak>${'y'.repeat(50)}</speak>`;
    expect(() =>
      chunkSsml(parseSsml(word), { limit: { unit: 'utf16', max: 30 }, dialect: 'text' }),
    ).toThrow(/a single word/);
  });

  it('keeps Google-sized chunks of the 68 KB German article under 5,000 UTF-8 bytes', () => {
    const source = readFileSync(
      join(splitDirectory, 'ssmlExampleLargeArticle.xml'),
      'utf8',
    );
    const document = parseSsml(source);
    const chunks = chunkSsml(document, {
      limit: { unit: 'utf8-bytes', max: 5000 },
      dialect: 'w3c',
    });
    for (const chunk of chunks) {
      expect(Buffer.byteLength(chunk.serialized.ssml, 'utf8')).toBeLessThanOrEqual(5000);
      parseSsml(chunk.serialized.ssml);
    }
    expect(chunks.length).toBeGreaterThanOrEqual(14);
    expect(spokenTexts(chunks)).toBe(collapse(toPlainText(document).text));
  });

  it('chunks a long plain text for an engine that counts UTF-16 units', () => {
    const text = readFileSync(
      join(booksDirectory, 'the-time-machine.paragraphs.txt'),
      'utf8',
    ).slice(0, 60_000);
    const document = textToSsmlDocument(text);
    const chunks = chunkSsml(document, {
      limit: { unit: 'utf16', max: 2000 },
      dialect: 'text',
    });
    expect(chunks.every((chunk) => chunk.size <= 2000)).toBe(true);
    expect(chunks.filter((chunk) => chunk.cutAfter === 'word')).toHaveLength(0);
    expect(spokenTexts(chunks)).toBe(collapse(text));
  });
});

describe('chunkSsml with separateParagraphs', () => {
  it('cuts at every paragraph, so editing one paragraph leaves the other chunks unchanged', () => {
    const paragraphs = [
      'One short intro.',
      'Second paragraph has two sentences. Here is the other.',
      'Third.',
    ];
    const make = (items: string[]) =>
      parseSsml(`<speak>${items.map((item) => `<p>${item}</p>`).join('\n')}</speak>`);
    const options = {
      limit: { unit: 'utf16', max: 1000 },
      dialect: 'w3c',
      separateParagraphs: true,
    } as const;
    const before = chunkSsml(make(paragraphs), options);
    expect(before.map((chunk) => toPlainText(chunk.document).text)).toEqual(paragraphs);
    expect(before.map((chunk) => chunk.cutAfter)).toEqual([
      'paragraph',
      'paragraph',
      'end',
    ]);
    const edited = chunkSsml(
      make([paragraphs[0] as string, 'Changed.', paragraphs[2] as string]),
      options,
    );
    expect(edited[0]?.serialized.ssml).toBe(before[0]?.serialized.ssml);
    expect(edited[2]?.serialized.ssml).toBe(before[2]?.serialized.ssml);
  });

  it('treats blank lines in plain text as paragraphs', () => {
    const text = 'First paragraph.\n\nSecond paragraph.\n\n\nThird.';
    const chunks = chunkSsml(textToSsmlDocument(text), {
      limit: { unit: 'utf16', max: 500 },
      dialect: 'text',
      separateParagraphs: true,
    });
    expect(chunks.map((chunk) => chunk.serialized.ssml)).toEqual([
      'First paragraph.',
      'Second paragraph.',
      'Third.',
    ]);
  });
});
