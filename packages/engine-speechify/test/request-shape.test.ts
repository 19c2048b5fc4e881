import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeSpeechify, startFakeSpeechify } from './fake-speechify-server';
import { collect, engineFor, lastBody, ssmlCall, textCall } from './helpers';

let fake: FakeSpeechify;
beforeAll(async () => {
  fake = await startFakeSpeechify();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
});

describe('POST /v1/audio/speech', () => {
  it('sends the documented method, path, headers and JSON body', async () => {
    await engineFor(fake)('george').doSynthesize(textCall('Hello world.'));
    const request = fake.requests.at(-1);
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/v1/audio/speech');
    expect(request?.headers.authorization).toBe('Bearer test-key');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers.accept).toBe('application/json');
    expect(request?.headers['user-agent']).toBe('ttskit-engine-speechify/0.0.0-test');
    expect(lastBody(fake)).toStrictEqual({
      input: 'Hello world.',
      voice_id: 'george',
      audio_format: 'wav',
    });
  });

  it('types every field as the API documents, options included', async () => {
    const engine = engineFor(fake, {
      model: 'simba-3.0',
      loudnessNormalization: true,
    })('carly');
    await engine.doSynthesize(
      textCall('Bonjour.', {
        format: 'mp3',
        language: 'fr-FR',
        engineOptions: { speechify: { textNormalization: false } },
      }),
    );
    const body = lastBody(fake);
    expect(body).toStrictEqual({
      input: 'Bonjour.',
      voice_id: 'carly',
      audio_format: 'mp3',
      language: 'fr-FR',
      model: 'simba-3.0',
      options: { loudness_normalization: true, text_normalization: false },
    });
    expect(typeof (body.options as Record<string, unknown>).loudness_normalization).toBe(
      'boolean',
    );
  });

  it('maps the requested format to audio_format', async () => {
    const engine = engineFor(fake)('george');
    const formats: Array<[Parameters<typeof textCall>[1], string]> = [
      [{ format: 'pcm' }, 'wav'],
      [{ format: 'wav' }, 'wav'],
      [{ format: 'mp3' }, 'mp3'],
      [{ format: 'mp3', sampleRate: 44_100 }, 'wav'], // core resamples and encodes
      [{ format: 'ogg_opus' }, 'ogg'],
    ];
    for (const [extra, expected] of formats) {
      await engine.doSynthesize(textCall('Hi.', extra)).then(
        () => undefined,
        () => undefined,
      );
      expect(lastBody(fake).audio_format, JSON.stringify(extra)).toBe(expected);
    }
    const wavOnly = engineFor(fake, { passThroughCompressed: false })('george');
    await wavOnly.doSynthesize(textCall('Hi.', { format: 'mp3' }));
    expect(lastBody(fake).audio_format).toBe('wav');
  });

  it('takes the language from xml:lang when the call gives none', async () => {
    await engineFor(fake)('george').doSynthesize(
      ssmlCall('<speak version="1.1" xml:lang="en-GB">Colour.</speak>'),
    );
    expect(lastBody(fake)).toMatchObject({
      input: '<speak>Colour.</speak>',
      language: 'en-GB',
    });
  });

  it('applies settings headers, then call headers, over its own', async () => {
    const engine = engineFor(fake, {
      headers: { 'x-proxy-token': 'p', 'user-agent': 'my-app/1' },
    })('george');
    await engine.doSynthesize(textCall('Hi.', { headers: { 'x-request-tag': 'tag' } }));
    const headers = fake.requests.at(-1)?.headers;
    expect(headers?.['x-proxy-token']).toBe('p');
    expect(headers?.['x-request-tag']).toBe('tag');
    expect(headers?.['user-agent']).toBe('my-app/1');
    expect(headers?.authorization).toBe('Bearer test-key');
  });

  it('keeps a baseURL path prefix (proxies) and drops a trailing slash', async () => {
    const engine = engineFor(fake, { baseURL: `${fake.baseURL}/speechify/` })('george');
    await Promise.resolve(engine.doSynthesize(textCall('Hi.'))).catch(() => undefined);
    expect(fake.requests.at(-1)?.path).toBe('/speechify/v1/audio/speech');
  });

  it('sends byte-identical requests for the same call', async () => {
    const engine = engineFor(fake, { model: 'simba-english' })('george');
    const call = ssmlCall('<speak>Same <break time="300ms"/> input.</speak>', {
      engineOptions: { speechify: { emotion: 'warm', loudnessNormalization: true } },
    });
    await engine.doSynthesize(call);
    await engine.doSynthesize(call);
    const [first, second] = fake.requests;
    expect(second?.body).toBe(first?.body);
    expect(first?.body).toMatchInlineSnapshot(
      `"{"input":"<speak><speechify:style emotion=\\"warm\\">Same <break time=\\"300ms\\"/> input.</speechify:style></speak>","voice_id":"george","audio_format":"wav","model":"simba-english","options":{"loudness_normalization":true}}"`,
    );
  });
});

describe('POST /v1/audio/stream', () => {
  it('asks for raw PCM through Accept and sends no audio_format', async () => {
    const engine = engineFor(fake, { model: 'simba-3.0' })('george');
    const { stream } = (await engine.doStream?.(
      textCall('Stream me.', { format: 'mp3' }),
    )) ?? {
      stream: undefined,
    };
    if (stream) await collect(stream);
    const request = fake.requests.at(-1);
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/v1/audio/stream');
    expect(request?.headers.accept).toBe('audio/pcm');
    expect(request?.headers.authorization).toBe('Bearer test-key');
    expect(lastBody(fake)).toStrictEqual({
      input: 'Stream me.',
      voice_id: 'george',
      model: 'simba-3.0',
    });
  });
});

describe('GET /v1/voices', () => {
  it('sends a bearer GET without a body', async () => {
    await engineFor(fake).voices();
    const request = fake.requests[0];
    expect(request?.method).toBe('GET');
    expect(request?.path).toBe('/v1/voices');
    expect(request?.headers.authorization).toBe('Bearer test-key');
    expect(request?.headers['content-type']).toBeUndefined();
    expect(request?.body).toBe('');
  });
});
