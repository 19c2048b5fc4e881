import {
  type EngineProviderV1,
  type EngineV1,
  InvalidArgumentError,
  loadApiKey,
} from '@ttskit/core/spec';
import { SpeechifyClient } from './speechify-client';
import { SpeechifyEngineModel } from './speechify-engine-model';
import {
  resolveSettings,
  type SpeechifyEngineSettings,
  type SpeechifyVoiceId,
} from './speechify-engine-settings';
import { MESSAGE_PREFIX } from './speechify-errors';
import { listSpeechifyVoices, type SpeechifyVoice } from './speechify-voices';

export type SpeechifyEngineProvider = EngineProviderV1 & {
  (voice?: SpeechifyVoiceId | (string & {})): EngineV1;
  voice(voice: SpeechifyVoiceId | (string & {})): EngineV1;
  /** `GET /v1/voices`: the shared catalogue and your cloned voices. */
  voices(options?: { abortSignal?: AbortSignal }): Promise<SpeechifyVoice[]>;
  /** Aborts the requests in flight. The provider stays usable. */
  dispose(): Promise<void>;
};

/**
 * Creates the Speechify provider: `speechify('george')` is an `EngineV1`.
 * Settings are checked now; the API key is read at each request, so a
 * missing one fails the call with `LoadApiKeyError` naming SPEECHIFY_API_KEY.
 */
export function createSpeechifyEngine(
  settings: SpeechifyEngineSettings = {},
): SpeechifyEngineProvider {
  const resolved = resolveSettings(settings);
  let lifetime = new AbortController();
  const client = new SpeechifyClient({
    baseURL: resolved.baseURL,
    headers: resolved.headers,
    fetch: resolved.fetch,
    timeoutMs: resolved.timeoutMs,
    apiKey: () =>
      loadApiKey({
        apiKey: settings.apiKey,
        environmentVariableName: 'SPEECHIFY_API_KEY',
        description: '[engine-speechify] Speechify',
      }),
    lifetime: () => lifetime.signal,
  });
  const createModel = (voice: string | undefined): EngineV1 => {
    const id = voice ?? resolved.defaultVoice;
    if (typeof id !== 'string' || id.trim() === '') {
      throw new InvalidArgumentError({
        argument: 'voice',
        message: `${MESSAGE_PREFIX} a voice id is required (e.g. "george"); list them with speechify.voices()`,
      });
    }
    return new SpeechifyEngineModel({
      client,
      voice: id.trim(),
      defaults: resolved.defaults,
      passThroughCompressed: resolved.passThroughCompressed,
    });
  };
  const provider = Object.assign((voice?: string) => createModel(voice), {
    engine: 'speechify',
    defaultVoice: resolved.defaultVoice,
    voice: (voice: string) => createModel(voice),
    voices: (options: { abortSignal?: AbortSignal } = {}) =>
      listSpeechifyVoices({ client, abortSignal: options.abortSignal }),
    dispose: async () => {
      lifetime.abort(new Error(`${MESSAGE_PREFIX} the provider was disposed`));
      lifetime = new AbortController();
    },
  });
  return provider as SpeechifyEngineProvider;
}

/** The default provider: `speechify('george')`, key from SPEECHIFY_API_KEY. */
export const speechify: SpeechifyEngineProvider = createSpeechifyEngine();
