import type { VoiceId } from '@aws-sdk/client-polly';
import type { EngineProviderV1 } from '@ttskit/core/spec';
import { createPollyClientHolder } from './polly-client-holder';
import { PollyEngineModel } from './polly-engine-model';
import { type PollyEngineSettings, resolvePollySettings } from './polly-engine-settings';
import type { PollyEngineType } from './polly-engine-type';
import { ENGINE_ID } from './polly-errors';
import { parsePollyVoice } from './polly-voice-id';
import {
  listPollyVoices,
  type PollyVoice,
  type PollyVoicesOptions,
} from './polly-voices';

/** Polly voice ids the SDK knows (`Joanna`), optionally with an engine type (`Joanna:generative`). */
export type PollyVoiceName = VoiceId | `${VoiceId}:${PollyEngineType}` | (string & {});

export type PollyVoiceOptions = {
  /** The Polly engine type; default: the suffix of the voice, else `settings.engine`. */
  engine?: PollyEngineType;
};

/** Its own signatures first, so `polly('Joanna')` is typed as a `PollyEngineModel`. */
export type PollyEngineProvider = {
  (voice?: PollyVoiceName): PollyEngineModel;
  voice(voice: PollyVoiceName, options?: PollyVoiceOptions): PollyEngineModel;
  /** `DescribeVoices`, one entry per voice and engine type. */
  voices(options?: PollyVoicesOptions): Promise<PollyVoice[]>;
  /** Closes the client the provider created. It is created again on demand. */
  dispose(): Promise<void>;
} & EngineProviderV1;

/**
 * Creates the Amazon Polly engine provider: `polly('Joanna')` is an
 * `EngineV1` for Joanna with the default engine type (`neural`),
 * `polly('Joanna:generative')` or `polly.voice('Joanna', { engine:
 * 'generative' })` picks another. Nothing is loaded or read from the
 * environment until the first call.
 */
export function createPollyEngine(
  settings: PollyEngineSettings = {},
): PollyEngineProvider {
  const resolved = resolvePollySettings(settings);
  const clients = createPollyClientHolder(settings);
  const select = (voice: string | undefined, options: PollyVoiceOptions = {}) =>
    new PollyEngineModel({
      clients,
      voice: parsePollyVoice({
        voice: voice ?? resolved.defaultVoice,
        engineType: options.engine,
        defaultEngineType: resolved.engineType,
      }),
      timeoutMs: resolved.timeoutMs,
      speechMarks: resolved.speechMarks,
    });
  const defaultVoice = parsePollyVoice({
    voice: resolved.defaultVoice,
    defaultEngineType: resolved.engineType,
  }).id;
  const provider = Object.assign((voice?: string) => select(voice), {
    engine: ENGINE_ID,
    defaultVoice,
    voice: (voice: string, options?: PollyVoiceOptions) => select(voice, options),
    voices: (options: PollyVoicesOptions = {}) =>
      listPollyVoices({ clients, timeoutMs: resolved.timeoutMs, voices: options }),
    dispose: () => clients.dispose(),
  });
  return provider as PollyEngineProvider;
}

/** The default provider: region and credentials from the AWS environment variables. */
export const polly: PollyEngineProvider = createPollyEngine();
