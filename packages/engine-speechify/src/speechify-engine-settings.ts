import { InvalidArgumentError } from '@ttskit/core/spec';
import type { FetchFunction } from './speechify-client';
import {
  checkSpeechifyOption,
  type SpeechifyEmotion,
  type SpeechifyEngineOptions,
  type SpeechifyModel,
} from './speechify-engine-options';
import { MESSAGE_PREFIX } from './speechify-errors';

/** Built-in voices the docs name; any voice id from `voices()` works. */
export type SpeechifyVoiceId = 'george' | 'henry' | 'carly' | 'sophia' | 'cliff';

export type SpeechifyEngineSettings = {
  /** API key. Default: the `SPEECHIFY_API_KEY` environment variable, read at each request. */
  apiKey?: string;
  /** API origin (and path prefix, for proxies). Default `https://api.sws.speechify.com`. */
  baseURL?: string;
  /** Extra HTTP headers on every request (they override the engine's own). */
  headers?: Record<string, string>;
  /** `fetch` to use. Default: Node's global `fetch` (undici). */
  fetch?: FetchFunction;
  /** `model` of every request. Default: none sent (Speechify's default model). */
  model?: SpeechifyModel | (string & {});
  /** Wraps every input in `<speechify:style emotion>`. */
  emotion?: SpeechifyEmotion;
  loudnessNormalization?: boolean;
  textNormalization?: boolean;
  /**
   * Longest wait for a response, and for each chunk of a stream (ms).
   * Default 60 000; `Infinity` disables it.
   */
  timeoutMs?: number;
  /** Voice for `speechify()` without an argument. Default `george`. */
  defaultVoice?: SpeechifyVoiceId | (string & {});
  /**
   * Ask Speechify for MP3 (or Ogg) when the caller wants MP3 (or Ogg Opus)
   * at Speechify's rate, and return it untouched. `false`: always fetch WAV
   * and let core encode. Default true.
   */
  passThroughCompressed?: boolean;
};

export const DEFAULT_BASE_URL = 'https://api.sws.speechify.com';
export const DEFAULT_TIMEOUT_MS = 60_000;

function invalid(argument: string, message: string): InvalidArgumentError {
  return new InvalidArgumentError({
    argument: `settings.${argument}`,
    message: `${MESSAGE_PREFIX} settings.${argument} ${message}`,
  });
}

/** Checks the settings once, when the provider is created. */
export function resolveSettings(settings: SpeechifyEngineSettings) {
  const baseURL = (settings.baseURL ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  let protocol: string;
  try {
    protocol = new URL(baseURL).protocol;
  } catch {
    throw invalid(
      'baseURL',
      `must be an absolute URL, got ${JSON.stringify(settings.baseURL)}`,
    );
  }
  if (protocol !== 'https:' && protocol !== 'http:')
    throw invalid(
      'baseURL',
      `must be an http(s) URL, got ${JSON.stringify(settings.baseURL)}`,
    );
  const timeoutMs = settings.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (typeof timeoutMs !== 'number' || Number.isNaN(timeoutMs) || timeoutMs <= 0)
    throw invalid('timeoutMs', `must be a number > 0 (or Infinity), got ${timeoutMs}`);
  const headers = settings.headers ?? {};
  for (const [name, value] of Object.entries(headers))
    if (typeof value !== 'string') throw invalid(`headers.${name}`, 'must be a string');
  const fetch = settings.fetch ?? globalThis.fetch;
  if (typeof fetch !== 'function') throw invalid('fetch', 'must be a function');
  const defaults: SpeechifyEngineOptions = {};
  for (const key of [
    'model',
    'emotion',
    'loudnessNormalization',
    'textNormalization',
  ] as const) {
    checkSpeechifyOption({ key, value: settings[key], where: 'settings' });
    if (settings[key] !== undefined) Object.assign(defaults, { [key]: settings[key] });
  }
  const defaultVoice = settings.defaultVoice ?? 'george';
  if (typeof defaultVoice !== 'string' || defaultVoice.trim() === '')
    throw invalid('defaultVoice', 'must be a voice id');
  return {
    baseURL,
    timeoutMs,
    headers,
    fetch,
    defaults,
    defaultVoice,
    passThroughCompressed: settings.passThroughCompressed ?? true,
  };
}
