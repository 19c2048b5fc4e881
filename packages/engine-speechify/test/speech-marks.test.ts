import { createSynthesizer } from '@ttskit/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { MarkOffsets } from './fake-speech';
import { type FakeSpeechify, startFakeSpeechify } from './fake-speechify-server';
import { engineFor, slices, ssmlCall, textCall } from './helpers';

const readings: MarkOffsets[] = (['escaped', 'sent', 'decoded'] as const).flatMap(
  (space) => (['utf16', 'code-point'] as const).map((unit) => ({ space, unit })),
);

let fake: FakeSpeechify | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function engineWith(offsets: MarkOffsets) {
  fake = await startFakeSpeechify({ offsets });
  return engineFor(fake)('george');
}

describe.each(readings)('speech marks counted in $space text, $unit units', (offsets) => {
  it('maps non-ASCII plain text words to UTF-16 offsets of the input', async () => {
    const input = 'Café naïve 😀 déjà-vu 東京 fin.';
    const result = await (await engineWith(offsets)).doSynthesize(textCall(input));
    expect(slices(result, input)).toEqual([
      'Café',
      'naïve',
      '😀',
      'déjà-vu',
      '東京',
      'fin',
    ]);
    expect(result.words.map((word) => word.text)).toEqual(slices(result, input));
    for (const [index, word] of result.words.entries()) {
      expect(word.endMs).toBeGreaterThan(word.startMs);
      if (index > 0)
        expect(word.startMs).toBeGreaterThan(result.words[index - 1]?.endMs ?? 0);
    }
    expect(result.words[0]?.startMs).toBe(125);
  });

  it('maps SSML words across tags, entities and astral characters', async () => {
    const input =
      '<speak>Tom &amp; Jerry — <emphasis level="strong">ça</emphasis> 😀 va? 5 &lt; 6</speak>';
    const result = await (await engineWith(offsets)).doSynthesize(ssmlCall(input));
    expect(slices(result, input)).toEqual([
      'Tom',
      '&amp;',
      'Jerry',
      '—',
      'ça',
      '😀',
      'va',
      '5',
      '&lt;',
      '6',
    ]);
    expect(result.words[1]?.text).toBe('&');
    expect(result.words[8]?.text).toBe('<');
  });
});

describe('speech marks through the rewritten SSML', () => {
  it('maps back through dropped tags and the emotion wrapper', async () => {
    const input =
      '<speak version="1.1" xmlns="http://www.w3.org/2001/10/synthesis"><p><s>Zoë <mark name="m"/>said</s></p><say-as interpret-as="characters">ÀB</say-as> ok</speak>';
    const engine = await engineWith({ space: 'escaped', unit: 'code-point' });
    const result = await engine.doSynthesize(
      ssmlCall(input, { engineOptions: { speechify: { emotion: 'cheerful' } } }),
    );
    expect(slices(result, input)).toEqual(['Zoë', 'said', 'ÀB', 'ok']);
    expect(
      result.warnings.map(
        (warning) => warning.type === 'unsupported-feature' && warning.feature,
      ),
    ).toEqual(['ssml.mark', 'ssml.say-as']);
  });

  it('gives word offsets in the caller text through createSynthesizer', async () => {
    fake = await startFakeSpeechify();
    const tts = createSynthesizer({
      engine: engineFor(fake)('george'),
      memoryCache: false,
    });
    const text = 'Ça marche: 100 % 😀 “naïve” café!';
    const result = await tts.synthesize({ text, format: 'wav' });
    const spoken = result.words.map((word) =>
      text.slice(word.sourceStart, word.sourceEnd),
    );
    expect(spoken).toEqual(['Ça', 'marche', '100', '%', '😀', '“naïve”', 'café']);
    expect(result.engine).toBe('speechify');
  });
});
