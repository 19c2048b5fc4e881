import {
  type EngineProviderV1,
  type EngineV1,
  InvalidArgumentError,
  LoadApiKeyError,
} from '@ttskit/core/spec';
import { parseBaseUrl, resolveEndpoint, voicesListUrl } from './azure-endpoint';
import type { AzureEngineContext } from './azure-engine-context';
import { AzureEngineModel } from './azure-engine-model';
import type { AzureEngineSettings } from './azure-engine-settings';
import type { AzureVoice } from './azure-voice';
import type { AzureVoiceId } from './azure-voice-ids';
import { listVoices } from './list-voices';
import { PooledSynthesizer } from './pooled-synthesizer';
import { createSpeechConfig } from './speech-config';
import { createSpeechSdkLoader } from './speech-sdk';
import { SynthesizerPool } from './synthesizer-pool';

/** An `EngineProviderV1` whose `voices()` returns Azure's details too. */
export type AzureEngineProvider = Omit<EngineProviderV1, 'voice' | 'voices'> & {
  (voice?: AzureVoiceId | (string & {})): EngineV1;
  voice(voice: AzureVoiceId | (string & {})): EngineV1;
  /** Azure's voice list for the resource's region (`GET /cognitiveservices/voices/list`). */
  voices(options?: { abortSignal?: AbortSignal }): Promise<AzureVoice[]>;
  /** Closes the open websockets (busy ones when their call ends). The provider stays usable. */
  dispose(): Promise<void>;
};

const KEY_VARIABLE = 'AZURE_SPEECH_KEY';

function loadKey(apiKey: string | undefined): string {
  const key = apiKey || process.env[KEY_VARIABLE];
  if (key) return key;
  throw new LoadApiKeyError({
    environmentVariableName: KEY_VARIABLE,
    message: `[ttskit] [engine-azure] Azure Speech API key is missing. Pass it as \`apiKey\` or set the ${KEY_VARIABLE} environment variable.`,
  });
}

function milliseconds(options: {
  value: number | undefined;
  name: string;
  fallback: number;
  min: number;
}): number {
  const { value, name, fallback, min } = options;
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || Number.isNaN(value) || value < min) {
    throw new InvalidArgumentError({
      argument: `settings.${name}`,
      message: `[ttskit] [engine-azure] settings.${name} must be a number of milliseconds >= ${min}, got ${JSON.stringify(value)}`,
    });
  }
  return value;
}

function checkVoice(voice: unknown): string {
  if (typeof voice === 'string' && voice.trim() !== '') return voice.trim();
  throw new InvalidArgumentError({
    argument: 'voice',
    message: `[ttskit] [engine-azure] a voice is a non-empty Azure voice name such as en-US-AvaMultilingualNeural, got ${JSON.stringify(voice)}`,
  });
}

/**
 * Creates the Azure AI Speech provider: `azure('en-US-AvaMultilingualNeural')`
 * is an `EngineV1`. Nothing connects and the SDK is not imported until the
 * first synthesis; the key and region are read then (so `azure` can be
 * imported without them).
 */
export function createAzureEngine(
  settings: AzureEngineSettings = {},
): AzureEngineProvider {
  const host =
    settings.baseURL === undefined ? undefined : parseBaseUrl(settings.baseURL);
  const timeoutMs = milliseconds({
    value: settings.timeoutMs,
    name: 'timeoutMs',
    fallback: 30_000,
    min: 1,
  });
  const idleTimeoutMs = milliseconds({
    value: settings.idleTimeoutMs,
    name: 'idleTimeoutMs',
    fallback: 30_000,
    min: 0,
  });
  const defaultVoice = checkVoice(settings.defaultVoice ?? 'en-US-AvaMultilingualNeural');
  const loadSdk = createSpeechSdkLoader(settings.sdk);
  const credentials = () => ({
    apiKey: loadKey(settings.apiKey),
    endpoint: resolveEndpoint({ region: settings.region, host }),
  });
  const pool = new SynthesizerPool({
    idleTimeoutMs,
    async create(outputFormat) {
      const { apiKey, endpoint } = credentials();
      const sdk = await loadSdk();
      const config = createSpeechConfig({
        sdk,
        apiKey,
        endpoint,
        outputFormat,
        configure: settings.configureSpeechConfig,
      });
      return new PooledSynthesizer(sdk, new sdk.SpeechSynthesizer(config, null));
    },
  });
  const context: AzureEngineContext = {
    pool,
    timeoutMs,
    acquire: (outputFormat) => pool.acquire(outputFormat),
  };
  const createModel = (voice?: string): EngineV1 =>
    new AzureEngineModel(context, voice === undefined ? defaultVoice : checkVoice(voice));

  const provider = Object.assign((voice?: string) => createModel(voice), {
    engine: 'azure',
    defaultVoice,
    voice: (voice: string) => createModel(voice),
    voices: async (options: { abortSignal?: AbortSignal } = {}) => {
      const { apiKey, endpoint } = credentials();
      return listVoices({
        url: voicesListUrl(endpoint),
        apiKey,
        fetch: settings.fetch ?? globalThis.fetch,
        headers: settings.headers,
        timeoutMs,
        abortSignal: options.abortSignal,
      });
    },
    dispose: async () => pool.dispose(),
  });
  return provider as AzureEngineProvider;
}

/** The default provider: key and region from `AZURE_SPEECH_KEY` and `AZURE_SPEECH_REGION`. */
export const azure: AzureEngineProvider = createAzureEngine();
