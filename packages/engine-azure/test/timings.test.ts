import { createSynthesizer } from '@ttskit/core';
import { describe, expect, it } from 'vitest';
import { ssmlCall, textCall, useFakeService, VOICE } from './helpers';

const fake = useFakeService();

// The fake speaks 50 ms of silence, then 80 ms + 20 ms per character for each
// word and 100 ms per punctuation mark, reporting offsets in 100-ns ticks.
describe('word boundaries and bookmarks', () => {
  it('turns ticks into milliseconds and skips punctuation boundaries', async () => {
    const result = await (await fake.provider())(VOICE).doSynthesize(
      textCall('Hi, you.'),
    );
    expect(result.words).toEqual([
      { text: 'Hi', startMs: 50, endMs: 170, inputStart: 0, inputEnd: 2 },
      { text: 'you', startMs: 270, endMs: 410, inputStart: 4, inputEnd: 7 },
    ]);
  });

  it('maps offsets back to UTF-16 offsets of non-ASCII plain text (Grüße, 世界)', async () => {
    const input = 'Grüße, 世界 😀 naïve';
    const result = await (await fake.provider())(VOICE).doSynthesize(textCall(input));
    const spans = result.words.map((word) => input.slice(word.inputStart, word.inputEnd));
    expect(spans).toEqual(result.words.map((word) => word.text));
    expect(spans).toEqual(['Grüße', '世界', 'naïve']);
    expect(result.words[2]).toMatchObject({ inputStart: 13, inputEnd: 18 });
  });

  it('maps words in SSML input to offsets in that SSML, entities included', async () => {
    const input =
      '<speak><p>Grüße, <emphasis>世界</emphasis></p> AT&amp;T &lt;3 <say-as interpret-as="characters">ABC</say-as></speak>';
    const result = await (await fake.provider())(VOICE).doSynthesize(ssmlCall(input));
    const spans = result.words.map((word) => input.slice(word.inputStart, word.inputEnd));
    expect(result.words.map((word) => word.text)).toEqual([
      'Grüße',
      '世界',
      'AT',
      'T',
      '3',
      'ABC',
    ]);
    expect(spans).toEqual(['Grüße', '世界', 'AT', 'T', '3', 'ABC']);
  });

  it('finds a word whose SSML spelling differs (the SDK reports textOffset -1)', async () => {
    const service = await fake.service();
    service.behaviour.wordSplitting = 'whitespace';
    const input = 'Call AT&T <now> AT&T';
    const result = await (await fake.provider())(VOICE).doSynthesize(textCall(input));
    expect(service.turns.at(-1)?.ssml).toContain('Call AT&amp;T &lt;now&gt; AT&amp;T');
    const spans = result.words.map((word) => input.slice(word.inputStart, word.inputEnd));
    expect(spans).toEqual(['Call', 'AT&T', '<now>', 'AT&T']);
    expect(result.words.map((word) => word.inputStart)).toEqual([0, 5, 10, 16]);
  });

  it('reports bookmarks as marks in spoken order, in milliseconds', async () => {
    const input =
      '<speak>One <mark name="first"/>two <break time="500ms"/><mark name="second"/>three</speak>';
    const result = await (await fake.provider())(VOICE).doSynthesize(ssmlCall(input));
    // One: 50–190 ms, two: 190–330 ms, then a 500 ms break
    expect(result.marks).toEqual([
      { name: 'first', timeMs: 190 },
      { name: 'second', timeMs: 830 },
    ]);
    expect(result.words.map((word) => word.startMs)).toEqual([50, 190, 830]);
  });

  it('through core: words map back to the caller’s text and SSML', async () => {
    const provider = await fake.provider();
    const tts = createSynthesizer({ engine: provider(VOICE), memoryCache: false });
    const text = 'Grüße, 世界 & "friends".';
    const fromText = await tts.synthesize({ text, format: 'wav' });
    expect(
      fromText.words.map((word) => text.slice(word.sourceStart, word.sourceEnd)),
    ).toEqual(['Grüße', '世界', 'friends']);
    const ssml =
      '<speak>Grüße, <mark name="m"/><prosody rate="slow">世界</prosody> &amp; du</speak>';
    const fromSsml = await tts.synthesize({ ssml, format: 'pcm' });
    expect(
      fromSsml.words.map((word) => ssml.slice(word.sourceStart, word.sourceEnd)),
    ).toEqual(['Grüße', '世界', 'du']);
    expect(fromSsml.marks.map((mark) => mark.name)).toEqual(['m']);
  });
});
