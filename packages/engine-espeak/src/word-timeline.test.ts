import { describe, expect, it } from 'vitest';
import { type EspeakEvent, WordTimeline } from './word-timeline';

function event(
  type: string,
  position: number,
  ms: number,
  extra: Partial<EspeakEvent> = {},
) {
  return { type, text_position: position, word_length: 0, audio_position: ms, ...extra };
}

describe('WordTimeline', () => {
  it('ends a word at the pause after its last phoneme, and holds marks behind it', () => {
    const timeline = new WordTimeline();
    const events: EspeakEvent[] = [
      event('sentence', 1, 0),
      event('word', 1, 0, { word_length: 5 }),
      event('phoneme', 1, 10, { id: 'h' }),
      event('phoneme', 1, 200, { id: 'oʊ' }),
      event('phoneme', 1, 300, { id: '' }),
      event('mark', 12, 600, { id: 'here' }),
      event('word', 12, 600, { word_length: 3 }),
      event('phoneme', 12, 600, { id: '' }),
      event('phoneme', 12, 600, { id: 'b' }),
      event('phoneme', 12, 700, { id: 'aɪ' }),
      event('end', 15, 900),
    ];
    const items = events.flatMap((item) => timeline.push(item));
    items.push(...timeline.finish(950));
    expect(items).toEqual([
      { kind: 'word', textPosition: 1, length: 5, startMs: 0, endMs: 300 },
      { kind: 'mark', name: 'here', timeMs: 600 },
      // A zero-length pause before the first phoneme does not end the word.
      { kind: 'word', textPosition: 12, length: 3, startMs: 600, endMs: 900 },
    ]);
  });

  it('closes the last word at the end of the audio', () => {
    const timeline = new WordTimeline();
    timeline.push(event('word', 1, 100, { word_length: 2 }));
    expect(timeline.finish(450)).toEqual([
      { kind: 'word', textPosition: 1, length: 2, startMs: 100, endMs: 450 },
    ]);
  });
});
