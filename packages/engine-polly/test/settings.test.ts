import { PollyClient } from '@aws-sdk/client-polly';
import { InvalidArgumentError, LoadApiKeyError } from '@ttskit/core/spec';
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  vi,
} from 'vitest';
import { createPollyEngine } from '../src/index';
import { type FakePollyServer, startFakePolly } from './fake-polly/fake-polly-server';
import { FAKE_CREDENTIALS, rejectionOf, ssmlCall } from './helpers';

let fake: FakePollyServer;
beforeAll(async () => {
  fake = await startFakePolly();
});
beforeEach(() => {
  fake.requests.length = 0;
  for (const name of [
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'AWS_REGION',
    'AWS_DEFAULT_REGION',
  ])
    vi.stubEnv(name, '');
});
afterEach(() => {
  vi.unstubAllEnvs();
});
afterAll(async () => {
  await fake.close();
});

const input = '<speak>Hello.</speak>';

describe('credentials and region', () => {
  it('a missing access key is a LoadApiKeyError naming AWS_ACCESS_KEY_ID, and nothing is sent', async () => {
    const polly = createPollyEngine({ region: 'us-east-1', baseURL: fake.url });
    const error = await rejectionOf(polly('Joanna').doSynthesize(ssmlCall(input)));
    expect(LoadApiKeyError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ environmentVariableName: 'AWS_ACCESS_KEY_ID' });
    expect((error as Error).message).toMatch(
      /^\[ttskit\] \[engine-polly\] .*AWS_ACCESS_KEY_ID/,
    );
    expect(fake.requests).toHaveLength(0);
  });

  it('a missing secret key names AWS_SECRET_ACCESS_KEY', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIDENV');
    const polly = createPollyEngine({ region: 'us-east-1', baseURL: fake.url });
    const error = await rejectionOf(polly.voices());
    expect(error).toMatchObject({ environmentVariableName: 'AWS_SECRET_ACCESS_KEY' });
  });

  it('a missing region names AWS_REGION', async () => {
    const polly = createPollyEngine({ credentials: FAKE_CREDENTIALS, baseURL: fake.url });
    const error = await rejectionOf(polly('Joanna').doSynthesize(ssmlCall(input)));
    expect(error).toMatchObject({ environmentVariableName: 'AWS_REGION' });
  });

  it('reads keys, session token and region from the AWS environment variables', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIDENV');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'env-secret');
    vi.stubEnv('AWS_SESSION_TOKEN', 'env-token');
    vi.stubEnv('AWS_DEFAULT_REGION', 'eu-west-1');
    const polly = createPollyEngine({ baseURL: fake.url });
    await polly('Joanna').doSynthesize(ssmlCall(input));
    await polly.dispose();
    const [request] = fake.requests;
    expect(request?.headers.authorization).toMatch(
      /Credential=AKIDENV\/\d{8}\/eu-west-1\/polly\/aws4_request/,
    );
    expect(request?.headers['x-amz-security-token']).toBe('env-token');
  });

  it('accepts a credential provider function', async () => {
    const polly = createPollyEngine({
      region: 'us-east-1',
      baseURL: fake.url,
      credentials: async () => ({
        accessKeyId: 'AKIDPROVIDED',
        secretAccessKey: 'secret',
      }),
    });
    await polly('Joanna').doSynthesize(ssmlCall(input));
    await polly.dispose();
    expect(fake.requests[0]?.headers.authorization).toMatch(/Credential=AKIDPROVIDED\//);
  });
});

describe('settings', () => {
  it('uses an injected client, leaves it open on dispose, and warns when it retries by itself', async () => {
    const client = new PollyClient({
      region: 'us-east-1',
      endpoint: fake.url,
      credentials: FAKE_CREDENTIALS,
      maxAttempts: 3,
    });
    const polly = createPollyEngine({ client });
    const result = await polly('Joanna').doSynthesize(ssmlCall(input));
    expect(result.warnings).toEqual([
      {
        type: 'other',
        message: expect.stringMatching(
          /retries up to 3 times on its own.*maxAttempts: 1/,
        ),
      },
    ]);
    await polly.dispose();
    await polly('Joanna').doSynthesize(ssmlCall(input));
    client.destroy();
    expect(
      fake.requests.filter((request) => request.json?.OutputFormat === 'pcm'),
    ).toHaveLength(2);
  });

  it('rejects contradictory or malformed settings when created', () => {
    const client = new PollyClient({ region: 'us-east-1' });
    const invalid = [
      () => createPollyEngine({ client, region: 'us-east-1' }),
      () => createPollyEngine({ timeoutMs: 0 }),
      () => createPollyEngine({ engine: 'turbo' as never }),
      () => createPollyEngine({ baseURL: 'not a url' }),
      () =>
        createPollyEngine({ credentials: { accessKeyId: 'AKID', secretAccessKey: '' } }),
    ];
    for (const create of invalid) expect(() => create()).toThrow(InvalidArgumentError);
    client.destroy();
  });

  it('names voices with their engine type, from the id, the option or the default', () => {
    const polly = createPollyEngine({ engine: 'standard', defaultVoice: 'Matthew' });
    expect(polly.defaultVoice).toBe('Matthew:standard');
    expect(polly().voice).toBe('Matthew:standard');
    expect(polly('Joanna').voice).toBe('Joanna:standard');
    expect(polly('Joanna:generative').voice).toBe('Joanna:generative');
    expect(polly.voice('Joanna', { engine: 'long-form' }).voice).toBe('Joanna:long-form');
    expect(polly('Joanna:neural').capabilities.ssml).toEqual({
      dialect: 'polly',
      family: 'neural',
    });
    expect(() => polly.voice('Joanna:neural', { engine: 'standard' })).toThrow(
      InvalidArgumentError,
    );
    expect(() => polly('Joanna:turbo')).toThrow(/unknown Polly engine type "turbo"/);
    expect(() => polly('Jo anna')).toThrow(InvalidArgumentError);
  });

  it('declares what Polly does: billed-character limit, formats, streaming, real timings', () => {
    const capabilities = createPollyEngine()('Joanna').capabilities;
    expect(capabilities).toEqual({
      ssml: { dialect: 'polly', family: 'neural' },
      maxInput: [
        { unit: 'billed-chars', max: 3000 },
        { unit: 'utf16', max: 6000 },
      ],
      formats: [
        { format: 'pcm', sampleRates: [8000, 16_000] },
        { format: 'mp3', sampleRates: [8000, 16_000, 22_050, 24_000, 44_100, 48_000] },
        { format: 'ogg_opus', sampleRates: [48_000] },
      ],
      streaming: true,
      wordTimings: 'real',
      marks: true,
    });
    expect(
      createPollyEngine({ speechMarks: false })('Joanna').capabilities,
    ).toMatchObject({ wordTimings: 'none', marks: false });
  });

  it('rejects unknown or malformed engineOptions.polly before sending anything', async () => {
    const polly = createPollyEngine({
      region: 'us-east-1',
      baseURL: fake.url,
      credentials: FAKE_CREDENTIALS,
    });
    for (const options of [
      { speed: 2 },
      { speechMarks: 'yes' },
      { lexiconNames: ['a', 'b', 'c', 'd', 'e', 'f'] },
      { languageCode: 'english!' },
    ]) {
      const error = await rejectionOf(
        polly('Joanna').doSynthesize(
          ssmlCall(input, { engineOptions: { polly: options } }),
        ),
      );
      expect(InvalidArgumentError.isInstance(error)).toBe(true);
    }
    expect(fake.requests).toHaveLength(0);
  });
});
