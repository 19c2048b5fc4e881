import { describe, expect, it } from 'vitest';
import { parseSsml } from '../parse-ssml';
import { splitSentences } from '../sentences/split-sentences';
import { corpusText } from '../shared-corpus.test-helper';
import { toPlainText } from '../to-plain-text';
import { chunkSsml } from './chunk-ssml';
import { SsmlChunkError } from './ssml-chunk-error';

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Markup-heavy SSML: every sentence in its own `prosody` with a `mark`. */
const marked = parseSsml(
  `<speak>${Array.from(
    { length: 12 },
    (_, index) =>
      `<prosody rate="90%" volume="+2dB"><mark name="m${index}"/>Sentence ${index} is short.</prosody>`,
  ).join(' ')}</speak>`,
);

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('chunkSsml with several limits', () => {
  it('holds every limit and reports the size in each, the first as `size`', () => {
    const limits = [
      { unit: 'billed-chars', max: 100 },
      { unit: 'utf16', max: 200 },
    ] as const;
    const chunks = chunkSsml(marked, { dialect: 'polly', limit: limits });
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) {
      expect(chunk.sizes).toEqual([
        toPlainText(parseSsml(chunk.serialized.ssml)).text.length,
        chunk.serialized.ssml.length,
      ]);
      expect(chunk.size).toBe(chunk.sizes[0]);
      expect(chunk.sizes[0]).toBeLessThanOrEqual(100);
      expect(chunk.sizes[1]).toBeLessThanOrEqual(200);
    }
    // the markup makes the total the limit that binds: billed characters alone allow more
    const billedOnly = chunkSsml(marked, { dialect: 'polly', limit: limits[0] });
    expect(billedOnly.length).toBeLessThan(chunks.length);
  });

  it("takes the dialect's request limits when none is given", () => {
    const [chunk] = chunkSsml(marked, { dialect: 'polly' });
    expect(chunk?.sizes).toHaveLength(2);
    expect(chunkSsml(marked, { dialect: 'google' })[0]?.sizes).toHaveLength(1);
    expect(() => chunkSsml(marked, { dialect: 'w3c' })).toThrow(RangeError);
    expect(() =>
      chunkSsml(marked, { dialect: 'w3c', limit: [{ unit: 'utf16', max: 0 }] }),
    ).toThrow(/positive/);
  });

  it('names the limit an unsplittable unit exceeds, and the elements around it', () => {
    const source = `<speak><p><prosody rate="slow">Fine. <say-as interpret-as="characters">${'X'.repeat(40)}</say-as> done.</prosody></p></speak>`;
    const error = caught(() =>
      chunkSsml(parseSsml(source), {
        dialect: 'w3c',
        limit: [
          { unit: 'billed-chars', max: 1000 },
          { unit: 'utf16', max: 150 },
        ],
      }),
    );
    expect(SsmlChunkError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({
      unit: 'say-as',
      limit: 150,
      limitUnit: 'utf16',
      enclosingElements: ['speak', 'p', 'prosody'],
    });
    expect(source.startsWith('<say-as', (error as SsmlChunkError).offset)).toBe(true);
  });
});

describe('chunkSsml filling chunks', () => {
  it('ends each chunk at the last sentence that fits: the next one would not', () => {
    const paragraphs = corpusText('books/the-time-machine.paragraphs.txt')
      .slice(0, 80_000)
      .split(/\n\s*\n/)
      .filter((paragraph) => paragraph.trim() !== '')
      .map((paragraph) => `<p>${escapeXml(paragraph.trim())}</p>`);
    const document = parseSsml(`<speak>${paragraphs.join('\n')}</speak>`);
    const max = 5000;
    const chunks = chunkSsml(document, {
      dialect: 'google',
      limit: { unit: 'utf8-bytes', max },
    });
    expect(chunks.length).toBeGreaterThan(10);
    for (const [index, chunk] of chunks.slice(0, -1).entries()) {
      const next = toPlainText((chunks[index + 1] as typeof chunk).document).text;
      const sentence = splitSentences(next)[0]?.text ?? '';
      // adding it takes its bytes, a space, and at most `<p></p>` around it
      expect(chunk.size + Buffer.byteLength(sentence) + 1 + 7).toBeGreaterThan(max);
    }
  });
});
