import { describe, expect, it } from 'vitest';
import { speechMarksToTimings } from './speech-mark-timings';
import { parseSpeechMarks } from './speech-marks';

describe('speechMarksToTimings', () => {
  const input = '<speak>Hi <break time="1s"/>there <mark name="x"/>you</speak>';
  const { marks } = parseSpeechMarks(
    [
      '{"time":5,"type":"word","start":7,"end":9,"value":"Hi"}',
      '{"time":300,"type":"word","start":10,"end":28,"value":"<break time=\\"1s\\"/>"}',
      '{"time":1300,"type":"word","start":28,"end":33,"value":"there"}',
      '{"time":1600,"type":"ssml","start":34,"end":50,"value":"x"}',
      '{"time":1600,"type":"word","start":50,"end":53,"value":"you"}',
      '{"time":1600,"type":"viseme","value":"u"}',
    ].join('\n'),
  );

  it('ends a word at the next word or tag, and leaves tags out', () => {
    const parts = speechMarksToTimings({
      marks,
      input,
      inputType: 'ssml',
      audioDurationMs: 2000,
    });
    expect(parts).toEqual([
      {
        type: 'word',
        word: { text: 'Hi', startMs: 5, endMs: 300, inputStart: 7, inputEnd: 9 },
      },
      {
        type: 'word',
        word: { text: 'there', startMs: 1300, endMs: 1600, inputStart: 28, inputEnd: 33 },
      },
      { type: 'mark', mark: { name: 'x', timeMs: 1600 } },
      {
        type: 'word',
        word: { text: 'you', startMs: 1600, endMs: 2000, inputStart: 50, inputEnd: 53 },
      },
    ]);
  });

  it('estimates the last word end when the audio duration is unknown (compressed audio)', () => {
    const parts = speechMarksToTimings({ marks, input, inputType: 'ssml' });
    const last = parts.at(-1);
    expect(last?.type === 'word' && last.word.endMs).toBe(1600 + 3 * 70);
  });

  it('parses NDJSON, counting unreadable lines', () => {
    const parsed = parseSpeechMarks(
      '{"time":1,"type":"word","start":0,"end":1,"value":"a"}\n\n{oops\n{"time":"x"}\n',
    );
    expect(parsed.marks).toHaveLength(1);
    expect(parsed.invalidLines).toBe(2);
  });
});
