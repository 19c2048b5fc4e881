import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakePollyServer, startFakePolly } from './fake-polly/fake-polly-server';
import { audioRequests, marksRequests, pollyForFake, ssmlCall } from './helpers';

let fake: FakePollyServer;
let polly: ReturnType<typeof pollyForFake>;
beforeAll(async () => {
  fake = await startFakePolly();
  polly = pollyForFake(fake);
});
beforeEach(() => {
  fake.requests.length = 0;
  fake.override(undefined);
});
afterAll(async () => {
  await polly.dispose();
  await fake.close();
});

const input = '<speak>Hello <mark name="m1"/> world.</speak>';

describe('request shape', () => {
  it('sends one signed POST /v1/speech for audio and one for speech marks', async () => {
    await polly('Joanna').doSynthesize(ssmlCall(input));
    expect(fake.requests).toHaveLength(2);
    for (const request of fake.requests) {
      expect(request.method).toBe('POST');
      expect(request.path).toBe('/v1/speech');
      expect(request.headers['content-type']).toBe('application/json');
      expect(request.headers.authorization).toMatch(
        /^AWS4-HMAC-SHA256 Credential=AKIDFAKE\/\d{8}\/us-east-1\/polly\/aws4_request, SignedHeaders=[^,]*content-type[^,]*x-amz-date[^,]*, Signature=[0-9a-f]{64}$/,
      );
      expect(request.headers['x-amz-date']).toMatch(/^\d{8}T\d{6}Z$/);
      // the signature covers this exact body
      expect(request.headers['x-amz-content-sha256']).toBe(
        createHash('sha256').update(request.body).digest('hex'),
      );
      // SDK retries are off: core owns retries
      expect(request.headers['amz-sdk-request']).toBe('attempt=1; max=1');
      expect(request.headers['user-agent']).toMatch(/ttskit-engine-polly\/0\.0\.0-test/);
    }
  });

  it('sends the audio body with SampleRate as a string, TextType ssml and the Engine', async () => {
    await polly('Joanna').doSynthesize(ssmlCall(input));
    const [audio] = audioRequests(fake);
    expect(audio?.json).toEqual({
      Engine: 'neural',
      OutputFormat: 'pcm',
      SampleRate: '16000',
      Text: input,
      TextType: 'ssml',
      VoiceId: 'Joanna',
    });
    expect(typeof audio?.json?.SampleRate).toBe('string');
  });

  it('asks for word and ssml speech marks as json, with no SampleRate', async () => {
    await polly('Joanna:long-form').doSynthesize(ssmlCall(input));
    const [marks] = marksRequests(fake);
    expect(marks?.json).toEqual({
      Engine: 'long-form',
      OutputFormat: 'json',
      SpeechMarkTypes: ['word', 'ssml'],
      Text: input,
      TextType: 'ssml',
      VoiceId: 'Joanna',
    });
  });

  it('sends plain text as TextType text and asks only for word marks', async () => {
    await polly('Matthew:standard').doSynthesize({
      input: 'Hi there',
      inputType: 'text',
      format: 'pcm',
    });
    expect(audioRequests(fake)[0]?.json).toMatchObject({
      TextType: 'text',
      Text: 'Hi there',
      Engine: 'standard',
    });
    expect(marksRequests(fake)[0]?.json?.SpeechMarkTypes).toEqual(['word']);
  });

  it('sends byte-identical bodies for the same call (stable cache keys)', async () => {
    const engine = polly('Joanna');
    await engine.doSynthesize(ssmlCall(input));
    await engine.doSynthesize(ssmlCall(input));
    const bodies = audioRequests(fake).map((request) => request.body);
    expect(bodies[0]).toBe(bodies[1]);
  });

  it('maps formats and sample rates to Polly names and rates', async () => {
    const engine = polly('Joanna');
    await engine.doSynthesize(ssmlCall(input, { format: 'wav', sampleRate: 8000 }));
    await engine.doSynthesize(ssmlCall(input, { format: 'mp3' }));
    await engine.doSynthesize(ssmlCall(input, { format: 'mp3', sampleRate: 48_000 }));
    await polly('Joanna:standard').doSynthesize(ssmlCall(input, { format: 'mp3' }));
    await engine.doSynthesize(ssmlCall(input, { format: 'ogg_opus' }));
    const sent = audioRequests(fake).map(
      (request) => `${request.json?.OutputFormat}@${request.json?.SampleRate}`,
    );
    expect(sent).toEqual([
      'pcm@8000',
      'mp3@24000',
      'mp3@48000',
      'mp3@22050',
      'ogg_opus@48000',
    ]);
  });

  it('passes engineOptions.polly as LanguageCode and LexiconNames, and can skip speech marks', async () => {
    await polly('Aditi:standard').doSynthesize(
      ssmlCall(input, {
        engineOptions: {
          polly: { languageCode: 'hi-IN', lexiconNames: ['names'], speechMarks: false },
        },
      }),
    );
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]?.json).toMatchObject({
      LanguageCode: 'hi-IN',
      LexiconNames: ['names'],
    });
  });

  it('makes no speech-mark request for generative voices or with speechMarks: false', async () => {
    await polly('Joanna:generative').doSynthesize(ssmlCall(input));
    const quiet = pollyForFake(fake, { speechMarks: false });
    await quiet('Joanna').doSynthesize(ssmlCall(input));
    await quiet.dispose();
    expect(marksRequests(fake)).toHaveLength(0);
    expect(audioRequests(fake).map((request) => request.json?.Engine)).toEqual([
      'generative',
      'neural',
    ]);
  });

  it('lists voices with GET /v1/voices, following NextToken', async () => {
    await polly.voices({ engine: 'neural' });
    expect(
      fake.requests.map(
        (request) => `${request.method} ${request.path}?${request.query}`,
      ),
    ).toEqual([
      'GET /v1/voices?Engine=neural&IncludeAdditionalLanguageCodes=true',
      'GET /v1/voices?Engine=neural&IncludeAdditionalLanguageCodes=true&NextToken=page-2',
    ]);
    expect(fake.requests[0]?.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDFAKE\//,
    );
  });
});
