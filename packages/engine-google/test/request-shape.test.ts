import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type GoogleFake, startGoogleFake } from './support/google-fake-server';
import {
  fakeProvider,
  ssmlCall,
  synthesizeRequests,
  textCall,
} from './support/test-engine';

let fake: GoogleFake;
beforeAll(async () => {
  fake = await startGoogleFake();
});
afterAll(() => fake.close());
afterEach(() => {
  fake.requests.length = 0;
});

function lastRequest() {
  const request = synthesizeRequests(fake).at(-1);
  if (!request) throw new Error('no request reached the fake');
  return request;
}

describe('request shape', () => {
  it('posts SSML to /v1/text:synthesize with the key header and string enums', async () => {
    const engine = fakeProvider(fake)('en-US-Neural2-F');
    await engine.doSynthesize(
      ssmlCall('<speak>Hello <break time="200ms"/> world.</speak>', {
        format: 'wav',
        sampleRate: 16_000,
      }),
    );
    const request = lastRequest();
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/v1/text:synthesize');
    expect(request.query).toBe('');
    expect(request.headers['x-goog-api-key']).toBe('test-key');
    expect(request.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(request.headers['user-agent']).toBe('ttskit-engine-google/0.0.0-test');
    expect(request.headers.authorization).toBeUndefined();
    expect(request.bodyText).toMatchInlineSnapshot(
      `"{"input":{"ssml":"<speak>Hello <break time=\\"200ms\\"/> world.</speak>"},"voice":{"languageCode":"en-US","name":"en-US-Neural2-F"},"audioConfig":{"audioEncoding":"LINEAR16","sampleRateHertz":16000}}"`,
    );
  });

  it('sends plain text as input.text', async () => {
    const engine = fakeProvider(fake)('de-DE-Standard-A');
    await engine.doSynthesize(textCall('Guten Tag.'));
    expect(lastRequest().body).toEqual({
      input: { text: 'Guten Tag.' },
      voice: { languageCode: 'de-DE', name: 'de-DE-Standard-A' },
      audioConfig: { audioEncoding: 'LINEAR16' },
    });
  });

  it('asks v1beta1 for SSML_MARK timepoints only when the SSML has marks', async () => {
    const engine = fakeProvider(fake)('en-US-Wavenet-D');
    await engine.doSynthesize(ssmlCall('<speak>One <mark name="a"/> two.</speak>'));
    const request = lastRequest();
    expect(request.path).toBe('/v1beta1/text:synthesize');
    expect(request.body).toMatchObject({ enableTimePointing: ['SSML_MARK'] });
    await engine.doSynthesize(ssmlCall('<speak>One two.</speak>'));
    expect(lastRequest().path).toBe('/v1/text:synthesize');
    expect(lastRequest().body).not.toHaveProperty('enableTimePointing');
  });

  it('maps speed and engine options to audioConfig, clamping with a warning', async () => {
    const engine = fakeProvider(fake)('en-US-Neural2-F');
    const result = await engine.doSynthesize(
      textCall('Fast.', {
        speed: 1.5,
        engineOptions: {
          google: {
            pitch: -2,
            volumeGainDb: 3,
            effectsProfileId: ['headphone-class-device'],
          },
        },
      }),
    );
    expect(result.warnings).toEqual([]);
    expect(lastRequest().body).toMatchObject({
      audioConfig: {
        audioEncoding: 'LINEAR16',
        speakingRate: 1.5,
        pitch: -2,
        volumeGainDb: 3,
        effectsProfileId: ['headphone-class-device'],
      },
    });
    const clamped = await engine.doSynthesize(
      textCall('Faster.', { speed: 3, engineOptions: { google: { speakingRate: 2 } } }),
    );
    expect(lastRequest().body).toMatchObject({ audioConfig: { speakingRate: 4 } });
    expect(clamped.warnings).toMatchObject([
      { type: 'unsupported-setting', setting: 'speed' },
    ]);
  });

  it('gives Chirp 3: HD voices plain text and at most 2x speed', async () => {
    const engine = fakeProvider(fake)('en-US-Chirp3-HD-Charon');
    expect(engine.capabilities.ssml.dialect).toBe('text');
    const result = await engine.doSynthesize(textCall('Hi there.', { speed: 3 }));
    expect(lastRequest().body).toMatchObject({
      input: { text: 'Hi there.' },
      audioConfig: { speakingRate: 2 },
    });
    expect(result.warnings).toHaveLength(1);
  });

  it('asks for MP3 and Ogg Opus natively and reads their rate', async () => {
    const engine = fakeProvider(fake)('en-US-Neural2-F');
    const mp3 = await engine.doSynthesize(
      textCall('MP3 please.', { format: 'mp3', sampleRate: 22_050 }),
    );
    expect(lastRequest().body).toMatchObject({
      audioConfig: { audioEncoding: 'MP3', sampleRateHertz: 22_050 },
    });
    expect(mp3.audio).toMatchObject({
      type: 'encoded',
      format: 'mp3',
      sampleRate: 22_050,
    });
    const opus = await engine.doSynthesize(
      textCall('Opus please.', { format: 'ogg_opus' }),
    );
    expect(lastRequest().body).toMatchObject({
      audioConfig: { audioEncoding: 'OGG_OPUS' },
    });
    expect(opus.audio).toMatchObject({
      type: 'encoded',
      format: 'ogg_opus',
      sampleRate: 24_000,
    });
  });

  it('falls back to LINEAR16, with a warning, for an MP3 rate MP3 does not have', async () => {
    const engine = fakeProvider(fake)('en-US-Neural2-F');
    const result = await engine.doSynthesize(
      textCall('Odd rate.', { format: 'mp3', sampleRate: 45_000 }),
    );
    expect(lastRequest().body).toMatchObject({
      audioConfig: { audioEncoding: 'LINEAR16', sampleRateHertz: 45_000 },
    });
    expect(result.audio).toMatchObject({ type: 'pcm', sampleRate: 45_000 });
    expect(result.warnings).toMatchObject([
      { type: 'unsupported-setting', setting: 'sampleRate' },
    ]);
  });

  it('sends byte-identical requests for the same call, one request per call', async () => {
    const engine = fakeProvider(fake)('en-US-Neural2-F');
    const call = ssmlCall('<speak>Same <mark name="m"/> input.</speak>', { speed: 1.25 });
    await engine.doSynthesize(call);
    await engine.doSynthesize(call);
    const [first, second] = synthesizeRequests(fake);
    expect(synthesizeRequests(fake)).toHaveLength(2);
    expect(second?.bodyText).toBe(first?.bodyText);
  });
});
