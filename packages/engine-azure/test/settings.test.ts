import {
  type EngineProviderV1,
  InvalidArgumentError,
  LoadApiKeyError,
} from '@ttskit/core/spec';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { azure, createAzureEngine } from '../src/index';
import { FAKE_KEY } from './fake/fake-speech-service.mjs';
import { rejectionOf, textCall, useFakeService, VOICE } from './helpers';

const fake = useFakeService();

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('settings', () => {
  it('a missing key is a LoadApiKeyError naming AZURE_SPEECH_KEY, raised on first use', async () => {
    vi.stubEnv('AZURE_SPEECH_KEY', '');
    const engine = createAzureEngine({ region: 'westeurope' })(VOICE);
    const error = await rejectionOf(engine.doSynthesize(textCall('No key.')));
    expect(LoadApiKeyError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ environmentVariableName: 'AZURE_SPEECH_KEY' });
    expect((error as Error).message).toMatch(
      /^\[ttskit\] \[engine-azure\] .*AZURE_SPEECH_KEY/,
    );
  });

  it('a missing region (and no baseURL) is a LoadApiKeyError naming AZURE_SPEECH_REGION', async () => {
    vi.stubEnv('AZURE_SPEECH_REGION', '');
    const error = await rejectionOf(createAzureEngine({ apiKey: 'k' }).voices());
    expect(error).toMatchObject({ environmentVariableName: 'AZURE_SPEECH_REGION' });
  });

  it('reads the key and region from the environment; voices() goes to the region host', async () => {
    vi.stubEnv('AZURE_SPEECH_KEY', 'from-env');
    vi.stubEnv('AZURE_SPEECH_REGION', 'chinaeast2');
    const requests: Array<{ url: string; key: string | null }> = [];
    const fetch: typeof globalThis.fetch = async (url, init) => {
      requests.push({
        url: String(url),
        key: new Headers(init?.headers).get('ocp-apim-subscription-key'),
      });
      return new Response('[]', { status: 200 });
    };
    await createAzureEngine({ fetch }).voices();
    expect(requests).toEqual([
      {
        url: 'https://chinaeast2.tts.speech.azure.cn/cognitiveservices/voices/list',
        key: 'from-env',
      },
    ]);
  });

  it('rejects a baseURL with a path, and bad timeouts, when the provider is created', () => {
    expect(() => createAzureEngine({ baseURL: 'https://proxy.example/azure' })).toThrow(
      InvalidArgumentError,
    );
    expect(() => createAzureEngine({ baseURL: 'not a url' })).toThrow(/settings.baseURL/);
    expect(() => createAzureEngine({ timeoutMs: 0 })).toThrow(/settings.timeoutMs/);
    expect(() => createAzureEngine({ idleTimeoutMs: -1 })).toThrow(
      /settings.idleTimeoutMs/,
    );
    expect(() => createAzureEngine()('')).toThrow(InvalidArgumentError);
  });

  it('imports the SDK lazily, once, through the injected loader', async () => {
    const service = await fake.service();
    const sdk = await import('microsoft-cognitiveservices-speech-sdk');
    const loader = vi.fn(async () => sdk);
    const provider = await fake.provider({ sdk: loader });
    const engine = provider(VOICE);
    expect(loader).not.toHaveBeenCalled();
    await engine.doSynthesize(textCall('Lazy.'));
    await provider('de-DE-ConradNeural').doSynthesize(
      textCall('Faul.', { sampleRate: 16_000 }),
    );
    expect(loader).toHaveBeenCalledTimes(1);
    expect(service.turns.length).toBeGreaterThan(0);
  });

  it('configureSpeechConfig sees every SpeechConfig', async () => {
    const configure = vi.fn();
    const engine = (await fake.provider({ configureSpeechConfig: configure }))(VOICE);
    await engine.doSynthesize(textCall('Configured.'));
    expect(configure).toHaveBeenCalledTimes(1);
  });

  it('the default provider exists without credentials and names its defaults', () => {
    const generic: EngineProviderV1 = azure; // the spec's provider shape
    expect(generic.engine).toBe('azure');
    expect(azure.engine).toBe('azure');
    expect(azure.defaultVoice).toBe('en-US-AvaMultilingualNeural');
    expect(azure().voice).toBe('en-US-AvaMultilingualNeural');
    expect(
      createAzureEngine({ apiKey: FAKE_KEY, defaultVoice: 'de-DE-KatjaNeural' })().voice,
    ).toBe('de-DE-KatjaNeural');
  });

  it('capabilities: azure dialect, 64 KB of UTF-8, formats, streaming, real timings; HD voices have no marks', () => {
    const neural = azure(VOICE).capabilities;
    expect(neural).toEqual({
      ssml: { dialect: 'azure' },
      maxInput: { unit: 'utf8-bytes', max: 65_536 },
      formats: [
        { format: 'pcm', sampleRates: [8000, 16_000, 22_050, 24_000, 44_100, 48_000] },
        { format: 'wav', sampleRates: [8000, 16_000, 22_050, 24_000, 44_100, 48_000] },
        { format: 'mp3', sampleRates: [16_000, 24_000, 48_000] },
        { format: 'ogg_opus', sampleRates: [16_000, 24_000, 48_000] },
      ],
      streaming: true,
      wordTimings: 'real',
      marks: true,
    });
    expect(azure('en-US-Ava:DragonHDLatestNeural').capabilities.marks).toBe(false);
    expect(azure('en-US-Ava:DragonHDOmniLatestNeural').capabilities.marks).toBe(false);
  });
});
