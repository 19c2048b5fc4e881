import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GoogleFake, startGoogleFake } from './support/google-fake-server';
import { fakeProvider, ssmlCall, synthesizeRequests } from './support/test-engine';

let fake: GoogleFake;
beforeAll(async () => {
  fake = await startGoogleFake({ msPerCharacter: 10 });
});
afterAll(() => fake.close());

describe('timepoints → marks', () => {
  it('turns SSML_MARK timepoints into marks in milliseconds, in spoken order', async () => {
    const engine = fakeProvider(fake)('en-US-Neural2-F');
    const result = await engine.doSynthesize(
      ssmlCall(
        '<speak><mark name="start"/>Ten chars. <mark name="middle"/><break time="500ms"/>Ten chars. <mark name="end"/></speak>',
      ),
    );
    expect(result.marks).toEqual([
      { name: 'start', timeMs: 0 },
      { name: 'middle', timeMs: 110 },
      { name: 'end', timeMs: 720 },
    ]);
    expect(result.words).toEqual([]);
    expect(result.audio).toMatchObject({ type: 'pcm', sampleRate: 24_000 });
  });

  it('keeps marks whose names need escaping', async () => {
    const engine = fakeProvider(fake)('en-US-Neural2-F');
    const result = await engine.doSynthesize(
      ssmlCall('<speak>A <mark name="a&amp;b &lt;1&gt;"/> b.</speak>'),
    );
    expect(result.marks.map((mark) => mark.name)).toEqual(['a&b <1>']);
  });

  it('does not ask Studio voices for marks (they reject <mark>)', async () => {
    const engine = fakeProvider(fake)('en-US-Studio-O');
    expect(engine.capabilities.marks).toBe(false);
    fake.requests.length = 0;
    const result = await engine.doSynthesize(ssmlCall('<speak>No marks here.</speak>'));
    expect(synthesizeRequests(fake)[0]?.path).toBe('/v1/text:synthesize');
    expect(result.marks).toEqual([]);
  });
});
