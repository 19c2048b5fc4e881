import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakePollyServer, startFakePolly } from './fake-polly/fake-polly-server';
import { pollyForFake } from './helpers';

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

describe('voices()', () => {
  it('lists every page, one entry per voice and engine type, in the unified shape', async () => {
    const voices = await polly.voices();
    expect(voices.map((voice) => voice.id)).toEqual([
      'Joanna:generative',
      'Joanna:long-form',
      'Joanna:neural',
      'Joanna:standard',
      'Matthew:generative',
      'Matthew:neural',
      'Matthew:standard',
      'Aditi:standard',
      'Zhiyu:neural',
      'Zhiyu:standard',
      'Hala:neural',
    ]);
    expect(voices[0]).toEqual({
      id: 'Joanna:generative',
      name: 'Joanna',
      engine: 'polly',
      languages: ['en-US'],
      gender: 'female',
      family: 'generative',
      supportedEngines: ['generative', 'long-form', 'neural', 'standard'],
      languageName: 'US English',
    });
  });

  it('gives BCP-47 languages, additional languages included', async () => {
    const voices = await polly.voices();
    const languagesOf = (id: string) =>
      voices.find((voice) => voice.id === id)?.languages;
    expect(languagesOf('Aditi:standard')).toEqual(['en-IN', 'hi-IN']);
    expect(languagesOf('Zhiyu:neural')).toEqual(['zh-CN']);
    expect(languagesOf('Hala:neural')).toEqual(['ar']);
    expect(voices.find((voice) => voice.id === 'Matthew:neural')?.gender).toBe('male');
  });

  it('filters by engine type and language code on the server', async () => {
    const voices = await polly.voices({ engine: 'standard', languageCode: 'en-US' });
    expect(voices.map((voice) => voice.id)).toEqual([
      'Joanna:standard',
      'Matthew:standard',
    ]);
  });

  it('every listed id is a usable voice', async () => {
    for (const voice of await polly.voices())
      expect(polly(voice.id).voice).toBe(voice.id);
  });
});
