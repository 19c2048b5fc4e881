import type { EngineProviderV1 } from '@ttskit/core/spec';
import { GoogleEngineModel } from './google-engine-model';
import {
  type GoogleEngineSettings,
  resolveGoogleSettings,
} from './google-engine-settings';
import {
  type GoogleVoice,
  type GoogleVoicesOptions,
  listGoogleVoices,
} from './google-voices';

/** Voice names look like `en-US-Neural2-F`, `de-DE-Wavenet-B`, `en-US-Chirp3-HD-Charon`. */
export type GoogleVoiceId =
  | `${string}-${string}-${'Standard' | 'Wavenet' | 'Neural2' | 'News' | 'Casual' | 'Polyglot' | 'Studio' | 'Journey' | 'Chirp-HD' | 'Chirp3-HD'}-${string}`
  | (string & {});

/** An `EngineProviderV1` whose engines and voices carry Google's details. */
export type GoogleEngineProvider = {
  (voice?: GoogleVoiceId): GoogleEngineModel;
  readonly engine: 'google';
  readonly defaultVoice: string;
  voice(voice: GoogleVoiceId): GoogleEngineModel;
  /** `GET /v1/voices`, optionally for one language. Needs credentials. */
  voices(options?: GoogleVoicesOptions): Promise<GoogleVoice[]>;
  /** Nothing to release (HTTP connections belong to `fetch`); present for symmetry. */
  dispose(): Promise<void>;
};

/**
 * Creates the Google Cloud Text-to-Speech provider: `google('en-US-Neural2-F')`
 * is an `EngineV1`. Settings are checked here; credentials are read per
 * request (so the default `google` instance needs no key until it is used).
 */
export function createGoogleEngine(
  settings: GoogleEngineSettings = {},
): GoogleEngineProvider {
  const resolved = resolveGoogleSettings(settings);
  const createModel = (voice?: string): GoogleEngineModel =>
    new GoogleEngineModel({ settings: resolved, voice: voice ?? resolved.defaultVoice });
  const provider = Object.assign((voice?: string) => createModel(voice), {
    engine: 'google' as const,
    defaultVoice: resolved.defaultVoice,
    voice: (voice: string) => createModel(voice),
    voices: (options?: GoogleVoicesOptions) =>
      listGoogleVoices({ settings: resolved, voicesOptions: options }),
    dispose: async () => {},
  });
  return provider satisfies EngineProviderV1 as GoogleEngineProvider;
}

/** The default provider: API key from `GOOGLE_API_KEY`, read when a request is made. */
export const google: GoogleEngineProvider = createGoogleEngine();
