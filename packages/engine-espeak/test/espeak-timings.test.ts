import type { EngineV1Result } from '@ttskit/core/spec';
import { afterAll, describe, expect, it } from 'vitest';
import { createEspeakEngine } from '../src/index';
import { durationMs, ssmlCall, textCall } from './helpers';

const provider = createEspeakEngine({ workers: 1 });
const engine = provider('en-us');

afterAll(() => provider.dispose());

/** Ordered, non-overlapping in time and text, each `text` equal to its input slice. */
function expectWellFormed(result: EngineV1Result, input: string): void {
  let previous: EngineV1Result['words'][number] | undefined;
  for (const word of result.words) {
    expect(input.slice(word.inputStart, word.inputEnd)).toBe(word.text);
    expect(word.endMs).toBeGreaterThanOrEqual(word.startMs);
    expect(word.endMs).toBeLessThanOrEqual(durationMs(result) + 1);
    if (previous) {
      expect(word.startMs).toBeGreaterThanOrEqual(previous.endMs);
      expect(word.inputStart).toBeGreaterThanOrEqual(previous.inputEnd);
    }
    previous = word;
  }
}

describe('espeak word timings', () => {
  it('point at the words of plain text, with non-ASCII and an emoji', async () => {
    const input = 'Hello 😀 world, Grüße and tschüß. Second sentence here!';
    const result = await engine.doSynthesize(textCall(input));
    expectWellFormed(result, input);
    expect(result.words.map((word) => word.text)).toEqual([
      'Hello',
      '😀',
      'world',
      'Grüße',
      'and',
      'tschüß',
      'Second',
      'sentence',
      'here',
    ]);
    // UTF-16 offsets: the emoji is two units.
    expect(result.words[2]).toMatchObject({ inputStart: 9, inputEnd: 14 });
  });

  it('convert espeak code-point positions to UTF-16 offsets', async () => {
    // espeak counts 𝄞 (U+1D11E) as one character; JavaScript as two units.
    const input = '𝄞𝄞𝄞 word end';
    const result = await engine.doSynthesize(textCall(input));
    expectWellFormed(result, input);
    expect(result.words.map((word) => [word.text, word.inputStart])).toEqual([
      ['word', 7],
      ['end', 12],
    ]);
  });

  it('give an emoji before a word its own timing (espeak says "grinning face")', async () => {
    const input = '😀 Hello world';
    const result = await engine.doSynthesize(textCall(input));
    expectWellFormed(result, input);
    expect(result.words.map((word) => word.text)).toEqual(['😀', 'Hello', 'world']);
    const [emoji, hello] = result.words;
    expect(hello?.startMs).toBe(emoji?.endMs);
    expect(emoji?.endMs).toBeGreaterThan(300);
  });

  it('point into SSML input and end a word where a pause starts', async () => {
    const input =
      '<speak>Grüße 😀 <emphasis>tschüß</emphasis> and there <break time="1500ms"/> bye.</speak>';
    const result = await engine.doSynthesize(ssmlCall(input));
    expectWellFormed(result, input);
    expect(result.words.map((word) => word.text)).toEqual([
      'Grüße',
      '😀',
      'tschüß',
      'and',
      'there',
      'bye',
    ]);
    const there = result.words[4];
    const bye = result.words[5];
    expect((bye?.startMs ?? 0) - (there?.endMs ?? 0)).toBeGreaterThan(1400);
  });

  it('come back for a long text with every word accounted for', async () => {
    const input =
      'The Time Traveller (for so it will be convenient to speak of him) was expounding a recondite matter to us. His grey eyes shone and twinkled, and his usually pale face was flushed and animated.';
    const result = await engine.doSynthesize(textCall(input));
    expectWellFormed(result, input);
    const expected = input.match(/[\p{L}\p{N}]+/gu);
    expect(result.words.map((word) => word.text.replace(/[^\p{L}\p{N}]/gu, ''))).toEqual(
      expected,
    );
  });
});

describe('espeak marks', () => {
  it('come back with names and increasing times, at the next word', async () => {
    const input =
      '<speak><mark name="start"/>Start <mark name="one"/> middle words here <mark name="two"/> and the end <mark name="three"/></speak>';
    const result = await engine.doSynthesize(ssmlCall(input));
    expectWellFormed(result, input);
    expect(result.marks.map((mark) => mark.name)).toEqual([
      'start',
      'one',
      'two',
      'three',
    ]);
    const times = result.marks.map((mark) => mark.timeMs);
    expect(times[0]).toBe(0);
    for (let index = 1; index < times.length; index++) {
      expect(times[index]).toBeGreaterThan(times[index - 1] as number);
    }
    const middle = result.words.find((word) => word.text === 'middle');
    expect(result.marks[1]?.timeMs).toBe(middle?.startMs);
    expect(result.marks[3]?.timeMs).toBeLessThanOrEqual(durationMs(result));
  });
});
