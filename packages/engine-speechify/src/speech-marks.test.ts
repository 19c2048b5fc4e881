import { describe, expect, it } from 'vitest';
import { OffsetMap } from './offset-map';
import { speechMarksToWords, wordChunks } from './speech-marks';

const word = (value: string, start: number, end: number, startTime: number) => ({
  type: 'word',
  value,
  start,
  end,
  start_time: startTime,
  end_time: startTime + 100,
});

describe('speechMarksToWords', () => {
  it('reads nested chunks, an array of them (first SDKs) and skips non-words', () => {
    const words = [word('a', 0, 1, 0), word('b', 2, 3, 100)];
    expect(wordChunks({ type: 'sentence', chunks: words })).toEqual(words);
    expect(
      wordChunks([{ chunks: [words[0] as never] }, { chunks: [words[1] as never] }]),
    ).toEqual(words);
    expect(wordChunks({ chunks: [{ type: 'sentence', chunks: words }] })).toEqual(words);
    expect(wordChunks({ chunks: [{ type: 'viseme', value: 'p' }] })).toEqual([]);
    expect(wordChunks(undefined)).toEqual([]);
  });

  it('finds a word whose offsets are off by searching after the previous one', () => {
    const input = 'The cat sat.';
    const marks = {
      chunks: [word('The', 0, 3, 0), word('cat', 40, 43, 100), word('sat', 8, 11, 200)],
    };
    const words = speechMarksToWords({
      marks,
      sent: input,
      isSsml: false,
      map: OffsetMap.identity(input.length),
      input,
    });
    expect(words.map((entry) => input.slice(entry.inputStart, entry.inputEnd))).toEqual([
      'The',
      'cat',
      'sat',
    ]);
  });

  it('keeps offsets that point at normalized words (text normalization) and drops unplaceable ones', () => {
    const input = 'I have 55 cats.';
    const marks = {
      chunks: [
        word('I', 0, 1, 0),
        word('have', 2, 6, 100),
        word('fifty-five', 7, 9, 200),
        word('cats', 10, 14, 300),
        word('ghost', 90, 95, 400),
        { type: 'word', value: 'untimed', start: 0, end: 1 },
      ],
    };
    const words = speechMarksToWords({
      marks,
      sent: input,
      isSsml: false,
      map: OffsetMap.identity(input.length),
      input,
    });
    expect(
      words.map((entry) => [entry.text, input.slice(entry.inputStart, entry.inputEnd)]),
    ).toEqual([
      ['I', 'I'],
      ['have', 'have'],
      ['fifty-five', '55'],
      ['cats', 'cats'],
    ]);
  });
});
