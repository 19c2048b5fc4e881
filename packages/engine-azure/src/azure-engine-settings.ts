import type { SpeechConfig } from 'microsoft-cognitiveservices-speech-sdk';
import type { SpeechSdk, SpeechSdkSource } from './speech-sdk';

export type AzureEngineSettings = {
  /** Key of the Speech resource. Default: the `AZURE_SPEECH_KEY` environment variable. */
  apiKey?: string;
  /**
   * Region of the Speech resource (`westeurope`). Default: the
   * `AZURE_SPEECH_REGION` environment variable. Not needed with `baseURL`.
   */
  region?: string;
  /**
   * One endpoint for synthesis and the voice list, `scheme://host[:port]`
   * without a path (a proxy, a container, a test fake). Passed to
   * `SpeechConfig.fromHost`; `http`/`https` are used as `ws`/`wss`.
   */
  baseURL?: string;
  /** Voice for `azure()` without an argument. Default `en-US-AvaMultilingualNeural`. */
  defaultVoice?: string;
  /**
   * Longest wait for the service, in ms: to connect, for the first audio and
   * between two messages of a synthesis (it restarts on every audio chunk
   * and event, so long syntheses that keep streaming are not cut). The SDK
   * has no timeout of its own. Default 30 000.
   */
  timeoutMs?: number;
  /**
   * Close a websocket after it has been idle this long, in ms. Default
   * 30 000; `0` closes it after every call. Idle connections never keep the
   * process alive.
   */
  idleTimeoutMs?: number;
  /**
   * The Speech SDK module, or a function that imports it. Default: import
   * `microsoft-cognitiveservices-speech-sdk` on first use.
   */
  sdk?: SpeechSdkSource;
  /** Called with every `SpeechConfig` the engine creates (proxy, extra properties). */
  configureSpeechConfig?: (config: SpeechConfig, sdk: SpeechSdk) => void;
  /** `fetch` for `voices()`. Default: the global `fetch`. */
  fetch?: typeof globalThis.fetch;
  /** Extra headers for `voices()` requests. */
  headers?: Record<string, string>;
};
