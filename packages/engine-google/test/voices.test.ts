import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GoogleFake, startGoogleFake } from './support/google-fake-server';
import { fakeProvider } from './support/test-engine';

let fake: GoogleFake;
beforeAll(async () => {
  fake = await startGoogleFake();
});
afterAll(() => fake.close());

describe('voices()', () => {
  it('lists voices with BCP-47 languages, gender and family', async () => {
    const voices = await fakeProvider(fake).voices();
    const request = fake.requests.at(-1);
    expect(request).toMatchObject({ method: 'GET', path: '/v1/voices', query: '' });
    expect(request?.headers['x-goog-api-key']).toBe('test-key');
    expect(voices.find((voice) => voice.id === 'en-US-Chirp3-HD-Charon')).toEqual({
      id: 'en-US-Chirp3-HD-Charon',
      name: 'en-US-Chirp3-HD-Charon',
      engine: 'google',
      languages: ['en-US'],
      gender: 'male',
      family: 'chirp3-hd',
      naturalSampleRateHertz: 24_000,
    });
    // numeric enums and lower-case regions, as some answers have them
    expect(voices.find((voice) => voice.id === 'cmn-CN-Wavenet-C')).toMatchObject({
      languages: ['cmn-CN'],
      gender: 'male',
      family: 'wavenet',
    });
    expect(voices.map((voice) => voice.family)).toEqual([
      'neural2',
      'wavenet',
      'studio',
      'chirp3-hd',
      'journey',
      'standard',
      'wavenet',
      'polyglot',
    ]);
  });

  it('filters by language through the API', async () => {
    const voices = await fakeProvider(fake).voices({ languageCode: 'de-DE' });
    expect(fake.requests.at(-1)?.query).toBe('languageCode=de-DE');
    expect(voices.map((voice) => voice.id)).toEqual(['de-DE-Standard-A']);
  });
});
