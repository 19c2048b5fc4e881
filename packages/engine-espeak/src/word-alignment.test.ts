import { describe, expect, it } from 'vitest';
import { prepareEspeakInput } from './espeak-input';
import { alignTimeline, WordAligner } from './word-alignment';
import type { RawWord, TimelineItem } from './worker-protocol';

/** Raw words as espeak reported them (positions observed with espeak-ng 0.3.5). */
function raw(positions: Array<[number, number]>): RawWord[] {
  return positions.map(([textPosition, length], index) => ({
    kind: 'word',
    textPosition,
    length,
    startMs: index * 100,
    endMs: index * 100 + 80,
  }));
}

function align(input: string, inputType: 'ssml' | 'text', items: TimelineItem[]) {
  const espeakInput = prepareEspeakInput({ input, inputType });
  return alignTimeline({ items, espeakInput, input });
}

describe('WordAligner', () => {
  it('folds words espeak adds (an emoji read as two words) into the emoji', () => {
    const input = 'Hello 😀 world. 😀 Second 😀. Third!';
    const items = raw([
      [1, 5],
      [7, 1],
      [8, 1],
      [9, 5],
      [16, 1],
      [17, 1],
      [18, 6],
      [25, 1],
      [26, 1],
      [28, 5],
    ]);
    const { words } = align(input, 'text', items);
    expect(words.map((word) => word.text)).toEqual([
      'Hello',
      '😀',
      'world',
      '😀',
      'Second',
      '😀',
      'Third',
    ]);
    for (const word of words)
      expect(input.slice(word.inputStart, word.inputEnd)).toBe(word.text);
    // "grinning face": the emoji lasts until "world" starts.
    expect(words[1]).toMatchObject({ startMs: 100, endMs: 280 });
  });

  it('snaps a word espeak places on the space or stop before it', () => {
    const afterStop = align(
      '<speak>one two three. four five.</speak>',
      'ssml',
      raw([
        [8, 3],
        [12, 3],
        [16, 5],
        [22, 1],
        [28, 4],
      ]),
    );
    expect(afterStop.words.map((word) => word.text)).toEqual([
      'one',
      'two',
      'three',
      'four',
      'five',
    ]);
    const afterMark = align(
      '<speak>one two three.<mark name="mid"/>four five.</speak>',
      'ssml',
      raw([
        [8, 3],
        [12, 3],
        [16, 5],
        [21, 1],
        [45, 4],
      ]),
    );
    expect(afterMark.words.map((word) => word.text)).toEqual([
      'one',
      'two',
      'three',
      'four',
      'five',
    ]);
  });

  it('handles character references in SSML and in escaped plain text', () => {
    const ssml = '<speak>AT&amp;T says x &lt; y &amp;&amp; z &gt; 3 done</speak>';
    const fromSsml = align(
      ssml,
      'ssml',
      raw([
        [8, 2],
        [17, 4],
        [22, 1],
        [29, 1],
        [35, 2],
        [42, 1],
        [49, 1],
        [51, 4],
      ]),
    );
    expect(fromSsml.words.map((word) => word.text)).toEqual([
      'AT',
      'says',
      'x',
      'y',
      '&amp;&amp;',
      'z',
      '3',
      'done',
    ]);

    const text = 'if a<b and c>d & e';
    const fromText = align(
      text,
      'text',
      raw([
        [1, 2],
        [4, 1],
        [9, 1],
        [11, 3],
        [15, 1],
        [20, 1],
        [26, 1],
        [28, 1],
      ]),
    );
    expect(fromText.words.map((word) => word.text)).toEqual([
      'if',
      'a',
      'b',
      'and',
      'c',
      'd',
      '&',
      'e',
    ]);
    expect(fromText.words[2]).toMatchObject({ inputStart: 5, inputEnd: 6 });
  });

  it('keeps words ordered and non-overlapping in time and text', () => {
    const items: TimelineItem[] = [
      { kind: 'word', textPosition: 1, length: 3, startMs: 0, endMs: 500 },
      { kind: 'word', textPosition: 5, length: 3, startMs: 300, endMs: 600 },
      // Points back into "two": merged into it.
      { kind: 'word', textPosition: 6, length: 2, startMs: 600, endMs: 700 },
    ];
    const { words } = align('one two', 'text', items);
    expect(words).toEqual([
      { text: 'one', startMs: 0, endMs: 300, inputStart: 0, inputEnd: 3 },
      { text: 'two', startMs: 300, endMs: 700, inputStart: 4, inputEnd: 7 },
    ]);
  });

  it('emits marks and words in spoken order while streaming', () => {
    const input = '<speak>one <mark name="a"/>two</speak>';
    const aligner = new WordAligner(
      prepareEspeakInput({ input, inputType: 'ssml' }),
      input,
    );
    const out = [
      ...aligner.push({
        kind: 'word',
        textPosition: 8,
        length: 3,
        startMs: 0,
        endMs: 240,
      }),
      ...aligner.push({ kind: 'mark', name: 'a', timeMs: 244 }),
      ...aligner.push({
        kind: 'word',
        textPosition: 28,
        length: 3,
        startMs: 244,
        endMs: 500,
      }),
    ];
    // "one" may still grow until a later word is accepted, so nothing is final yet.
    expect(out).toEqual([]);
    const rest = aligner.finish();
    expect(
      rest.map((item) => (item.type === 'word' ? item.word.text : `#${item.mark.name}`)),
    ).toEqual(['one', '#a', 'two']);
  });
});
