import { EngineCallError } from '@ttskit/core/spec';

/** The `microsoft-cognitiveservices-speech-sdk` module (an optional peer dependency). */
export type SpeechSdk = typeof import('microsoft-cognitiveservices-speech-sdk');

/** The module itself, or a function that imports it. */
export type SpeechSdkSource = SpeechSdk | (() => Promise<SpeechSdk>);

const SPEECH_SDK_PACKAGE = 'microsoft-cognitiveservices-speech-sdk';

/**
 * On Node versions with a global `WebSocket` the SDK uses it, which cannot
 * send the key header or use a proxy (cognitive-services-speech-sdk-js
 * issue 999); this sends it back to the `ws` package it ships with.
 */
type WebsocketAdapterModule = {
  WebsocketMessageAdapter?: { forceNpmWebSocket: boolean };
};

async function forceNodeWebSocket(): Promise<void> {
  try {
    const adapter: WebsocketAdapterModule & { default?: WebsocketAdapterModule } =
      await import(
        'microsoft-cognitiveservices-speech-sdk/distrib/lib/src/common.browser/WebsocketMessageAdapter.js'
      );
    const target =
      adapter.WebsocketMessageAdapter ?? adapter.default?.WebsocketMessageAdapter;
    if (target) target.forceNpmWebSocket = true;
  } catch {
    // another layout of the SDK: it keeps its own choice
  }
}

async function importSpeechSdk(): Promise<SpeechSdk> {
  try {
    const module = (await import(
      'microsoft-cognitiveservices-speech-sdk'
    )) as SpeechSdk & { default?: SpeechSdk };
    await forceNodeWebSocket();
    return module.SpeechConfig ? module : (module.default as SpeechSdk);
  } catch (cause) {
    throw new EngineCallError({
      engine: 'azure',
      isRetryable: false,
      message: `[ttskit] [engine-azure] could not load ${SPEECH_SDK_PACKAGE}; install it next to @ttskit/engine-azure (npm i ${SPEECH_SDK_PACKAGE}@1.52.0)`,
      cause,
    });
  }
}

/** Loads the SDK once per provider, on first use (importing it takes 100–250 ms). */
export function createSpeechSdkLoader(source: SpeechSdkSource | undefined) {
  let loading: Promise<SpeechSdk> | undefined;
  return (): Promise<SpeechSdk> => {
    if (loading === undefined) {
      loading =
        source === undefined
          ? importSpeechSdk()
          : typeof source === 'function'
            ? source()
            : Promise.resolve(source);
      loading.catch(() => {
        loading = undefined;
      });
    }
    return loading;
  };
}
