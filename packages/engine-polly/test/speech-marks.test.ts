import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakePollyServer, startFakePolly } from './fake-polly/fake-polly-server';
import { pollyForFake, samplesOf, ssmlCall } from './helpers';

let fake: FakePollyServer;
let polly: ReturnType<typeof pollyForFake>;
beforeAll(async () => {
  fake = await startFakePolly();
  polly = pollyForFake(fake);
});
afterAll(async () => {
  await polly.dispose();
  await fake.close();
});

describe('speech marks → word and mark timings', () => {
  it('maps UTF-8 byte offsets to UTF-16 offsets of the input, through non-ASCII text', async () => {
    // é and ö take 2 bytes, 日本語 3 bytes each, 😀 4 bytes (2 UTF-16 units)
    const input =
      '<speak>Héllo wörld 😀 <mark name="emoji"/>日本語 naïve <break time="500ms"/>café &amp; crème.</speak>';
    const result = await polly('Joanna').doSynthesize(ssmlCall(input));
    const spoken = result.words.map((word) =>
      input.slice(word.inputStart, word.inputEnd),
    );
    expect(spoken).toEqual(['Héllo', 'wörld', '日本語', 'naïve', 'café', 'crème']);
    expect(result.words.map((word) => word.text)).toEqual(spoken);
    expect(result.words.map((word) => word.startMs)).toEqual([
      0, 300, 600, 900, 1700, 2000,
    ]);
    // a word ends where the next starts, or where a <break> starts
    expect(result.words[3]).toMatchObject({ startMs: 900, endMs: 1200 });
    expect(result.marks).toEqual([{ name: 'emoji', timeMs: 600 }]);
    // the last word ends with the audio
    const durationMs = (samplesOf(result).length * 1000) / 16_000;
    expect(result.words.at(-1)?.endMs).toBe(durationMs);
  });

  it('maps offsets into plain text too', async () => {
    const input = 'Zoë says “hi” to 👩‍💻 Ana';
    const result = await polly('Joanna').doSynthesize({
      input,
      inputType: 'text',
      format: 'pcm',
    });
    expect(
      result.words.map((word) => input.slice(word.inputStart, word.inputEnd)),
    ).toEqual(['Zoë', 'says', 'hi', 'to', 'Ana']);
  });

  it('reads the speech marks of the Polly documentation example', async () => {
    // input and the first four lines as in Polly's "speech marks with SSML" example;
    // the times after them are made up (the example is cut there)
    const input =
      '<speak><prosody volume="+20dB">Mary had <break time="300ms"/>a little <mark name="animal"/>lamb</prosody></speak>';
    const marks = [
      '{"time":0,"type":"sentence","start":31,"end":95,"value":"Mary had <break time=\\"300ms\\"\\/>a little <mark name=\\"animal\\"\\/>lamb"}',
      '{"time":6,"type":"word","start":31,"end":35,"value":"Mary"}',
      '{"time":325,"type":"word","start":36,"end":39,"value":"had"}',
      '{"time":897,"type":"word","start":40,"end":61,"value":"<break time=\\"300ms\\"\\/>"}',
      '{"time":1291,"type":"word","start":61,"end":62,"value":"a"}',
      '{"time":1350,"type":"word","start":63,"end":69,"value":"little"}',
      '{"time":1700,"type":"ssml","start":70,"end":91,"value":"animal"}',
      '{"time":1700,"type":"word","start":91,"end":95,"value":"lamb"}',
    ].join('\n');
    fake.override((request) =>
      request.json?.OutputFormat === 'json'
        ? {
            status: 200,
            headers: { 'content-type': 'application/x-json-stream' },
            body: marks,
          }
        : undefined,
    );
    try {
      const result = await polly('Joanna').doSynthesize(ssmlCall(input));
      expect(result.words.map((word) => [word.text, word.startMs, word.endMs])).toEqual([
        ['Mary', 6, 325],
        ['had', 325, 897],
        ['a', 1291, 1350],
        ['little', 1350, 1700],
        ['lamb', 1700, expect.any(Number)],
      ]);
      for (const word of result.words)
        expect(input.slice(word.inputStart, word.inputEnd)).toBe(word.text);
      expect(result.marks).toEqual([{ name: 'animal', timeMs: 1700 }]);
    } finally {
      fake.override(undefined);
    }
  });

  it('decodes entities in word text, with offsets on the markup', async () => {
    const input = '<speak>AT&amp;T rocks</speak>';
    fake.override((request) =>
      request.json?.OutputFormat === 'json'
        ? {
            status: 200,
            body: '{"time":0,"type":"word","start":7,"end":15,"value":"AT&amp;T"}\n{"time":400,"type":"word","start":16,"end":21,"value":"rocks"}\nnot json\n',
          }
        : undefined,
    );
    try {
      const result = await polly('Joanna').doSynthesize(ssmlCall(input));
      expect(result.words[0]).toMatchObject({
        text: 'AT&T',
        inputStart: 7,
        inputEnd: 15,
      });
      expect(result.words[1]?.text).toBe('rocks');
      // an unreadable line is skipped with a warning
      expect(result.warnings).toEqual([
        {
          type: 'other',
          message: expect.stringMatching(
            /^\[ttskit\] \[engine-polly\] 1 speech-mark line/,
          ),
        },
      ]);
    } finally {
      fake.override(undefined);
    }
  });

  it('returns no words or marks for generative voices (Polly has no speech marks for them)', async () => {
    const result = await polly('Joanna:generative').doSynthesize(
      ssmlCall('<speak>Hi <mark name="m"/> there</speak>'),
    );
    expect(result.words).toEqual([]);
    expect(result.marks).toEqual([]);
    expect(polly('Joanna:generative').capabilities).toMatchObject({
      wordTimings: 'none',
      marks: false,
    });
  });
});
