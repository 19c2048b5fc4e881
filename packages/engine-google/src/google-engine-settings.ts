import { InvalidArgumentError } from '@ttskit/core/spec';

/** A `fetch`-compatible function (Node's global `fetch`, undici's, a test double). */
export type FetchFunction = typeof globalThis.fetch;

/** An OAuth 2 access token, or a function that returns a fresh one per request. */
export type AccessTokenSource = string | (() => string | Promise<string>);

export type GoogleEngineSettings = {
  /**
   * API key, sent as `x-goog-api-key`. Default: the `GOOGLE_API_KEY`
   * environment variable. Not needed when `accessToken` is given.
   */
  apiKey?: string;
  /**
   * OAuth 2 access token (service accounts, Application Default
   * Credentials), sent as `Authorization: Bearer`. Pass a function to get a
   * fresh token per request, e.g. `() => auth.getAccessToken()` with
   * google-auth-library. Takes precedence over `apiKey`.
   */
  accessToken?: AccessTokenSource;
  /**
   * Project billed for requests made with `accessToken`, sent as
   * `x-goog-user-project`. Default: `GOOGLE_CLOUD_PROJECT`. Ignored with an
   * API key (the key names its project).
   */
  projectId?: string;
  /**
   * API root, without the version: default
   * `https://texttospeech.googleapis.com`. Use a regional endpoint
   * (`https://eu-texttospeech.googleapis.com`), a proxy or a local fake.
   */
  baseURL?: string;
  /** Extra headers on every request (they override the engine's own). */
  headers?: Record<string, string>;
  /** The HTTP client. Default: the global `fetch`. */
  fetch?: FetchFunction;
  /** Longest wait for one request, body included (ms). Default 60 000. */
  timeoutMs?: number;
  /** Voice for `google()` without an argument. Default `en-US-Neural2-F`. */
  defaultVoice?: string;
};

export type ResolvedGoogleSettings = {
  apiKey: string | undefined;
  accessToken: AccessTokenSource | undefined;
  projectId: string | undefined;
  baseURL: string;
  headers: Record<string, string>;
  fetch: FetchFunction | undefined;
  timeoutMs: number;
  defaultVoice: string;
};

export const GOOGLE_DEFAULT_BASE_URL = 'https://texttospeech.googleapis.com';
export const GOOGLE_DEFAULT_TIMEOUT_MS = 60_000;
export const GOOGLE_DEFAULT_VOICE = 'en-US-Neural2-F';

function invalidSetting(argument: string, message: string): InvalidArgumentError {
  return new InvalidArgumentError({
    argument,
    message: `[ttskit] [engine-google] ${message}`,
  });
}

function resolveBaseURL(baseURL: string | undefined): string {
  const value = baseURL ?? GOOGLE_DEFAULT_BASE_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch (error) {
    throw new InvalidArgumentError({
      argument: 'settings.baseURL',
      message: `[ttskit] [engine-google] baseURL "${value}" is not a URL`,
      cause: error,
    });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw invalidSetting(
      'settings.baseURL',
      `baseURL must be http or https, got "${value}"`,
    );
  }
  return value.replace(/\/+$/, '');
}

function resolveTimeout(timeoutMs: number | undefined): number {
  if (timeoutMs === undefined) return GOOGLE_DEFAULT_TIMEOUT_MS;
  if (typeof timeoutMs !== 'number' || Number.isNaN(timeoutMs) || timeoutMs <= 0) {
    throw invalidSetting(
      'settings.timeoutMs',
      `timeoutMs must be a number above 0 (or Infinity), got ${timeoutMs}`,
    );
  }
  return timeoutMs;
}

/** Checks the settings once, when the provider is created. Credentials are read per request. */
export function resolveGoogleSettings(
  settings: GoogleEngineSettings,
): ResolvedGoogleSettings {
  if (settings.fetch !== undefined && typeof settings.fetch !== 'function') {
    throw invalidSetting('settings.fetch', 'fetch must be a function');
  }
  return {
    apiKey: settings.apiKey,
    accessToken: settings.accessToken,
    projectId: settings.projectId,
    baseURL: resolveBaseURL(settings.baseURL),
    headers: { ...settings.headers },
    fetch: settings.fetch,
    timeoutMs: resolveTimeout(settings.timeoutMs),
    defaultVoice: settings.defaultVoice ?? GOOGLE_DEFAULT_VOICE,
  };
}
