import { afterEach, describe, expect, it } from 'vitest';
import { type FakeSpeechify, startFakeSpeechify } from './fake-speechify-server';
import { engineFor } from './helpers';

let fake: FakeSpeechify | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const expected = [
  {
    id: 'george',
    name: 'George',
    engine: 'speechify',
    languages: ['en-US', 'fr-FR'],
    gender: 'male',
    family: 'simba-3.0',
    models: ['simba-english', 'simba-3.0'],
    type: 'shared',
    tags: ['timbre:deep'],
  },
  {
    id: 'carly',
    name: 'Carly',
    engine: 'speechify',
    languages: ['en-GB', 'de-DE'],
    gender: 'female',
    family: 'simba-multilingual',
    models: ['simba-multilingual'],
    type: 'shared',
    tags: [],
  },
  {
    id: 'a1b2c3',
    name: 'My clone',
    engine: 'speechify',
    languages: ['es-MX'],
    family: 'simba-3.2',
    models: ['simba-3.2'],
    type: 'personal',
    tags: [],
  },
];

describe('voices()', () => {
  it('follows next_cursor pages and maps to VoiceV1 with BCP-47 tags', async () => {
    fake = await startFakeSpeechify({ voicesPageSize: 2 });
    const voices = await engineFor(fake).voices();
    expect(voices).toEqual(expected);
    expect(fake.requests.map((request) => request.path)).toEqual([
      '/v1/voices',
      '/v1/voices?cursor=2',
    ]);
  });

  it('reads the bare array of the first API version', async () => {
    fake = await startFakeSpeechify({ voicesPageSize: 0 });
    expect(await engineFor(fake).voices()).toEqual(expected);
  });

  it('fails with EngineCallError on an HTTP error', async () => {
    fake = await startFakeSpeechify();
    fake.script({
      status: 500,
      body: { error: { code: 'internal_error', message: 'x' } },
    });
    await expect(engineFor(fake).voices()).rejects.toMatchObject({
      name: 'TTS_EngineCallError',
      statusCode: 500,
      isRetryable: true,
    });
  });
});
