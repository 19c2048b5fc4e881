import type { PollyClient } from '@aws-sdk/client-polly';
import type { PollyCredentials } from './polly-credentials';
import {
  isPollyEngineType,
  POLLY_ENGINE_TYPES,
  type PollyEngineType,
} from './polly-engine-type';
import { invalidArgument } from './polly-errors';

export type PollyEngineSettings = {
  /** AWS region, e.g. `us-east-1`. Default: AWS_REGION, else AWS_DEFAULT_REGION. */
  region?: string;
  /**
   * Static keys (`{ accessKeyId, secretAccessKey, sessionToken? }`) or an AWS
   * credential provider. Default: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and
   * AWS_SESSION_TOKEN. Never the SDK's provider chain, which probes the
   * instance metadata server: pass `fromNodeProviderChain()` to use it.
   */
  credentials?: PollyCredentials;
  /** Endpoint override (a proxy, a VPC endpoint, a test server): the SDK's `endpoint`. */
  baseURL?: string;
  /**
   * A `PollyClient` to use instead of creating one (then `region`,
   * `credentials` and `baseURL` must not be given). Create it with
   * `maxAttempts: 1`: ttskit retries.
   */
  client?: PollyClient;
  /** Longest time for one call, both requests and their bodies, in ms. Default 60 000. */
  timeoutMs?: number;
  /** Engine type for voices named without one (`Joanna`). Default `neural`. */
  engine?: PollyEngineType;
  /** Voice for `polly()` without an argument. Default `Joanna`. */
  defaultVoice?: string;
  /**
   * Request speech marks (a second, parallel `SynthesizeSpeech` call, billed
   * like the first) for word timings and `<mark>` times. Default true.
   */
  speechMarks?: boolean;
};

export type ResolvedPollySettings = {
  timeoutMs: number;
  engineType: PollyEngineType;
  defaultVoice: string;
  speechMarks: boolean;
};

function checkCredentials(credentials: PollyCredentials | undefined): void {
  if (credentials === undefined || typeof credentials === 'function') return;
  const { accessKeyId, secretAccessKey } = credentials as unknown as Record<
    string,
    unknown
  >;
  if (
    typeof accessKeyId !== 'string' ||
    accessKeyId === '' ||
    typeof secretAccessKey !== 'string' ||
    secretAccessKey === ''
  ) {
    throw invalidArgument({
      argument: 'settings.credentials',
      message:
        'settings.credentials needs a non-empty accessKeyId and secretAccessKey (or pass a credential provider function)',
    });
  }
}

function checkBaseUrl(baseURL: string | undefined): void {
  if (baseURL === undefined) return;
  if (!URL.canParse(baseURL) || !/^https?:$/.test(new URL(baseURL).protocol)) {
    throw invalidArgument({
      argument: 'settings.baseURL',
      message: `settings.baseURL must be an http(s) URL, got ${JSON.stringify(baseURL)}`,
    });
  }
}

/** Checks the settings that can be checked without the environment. */
export function resolvePollySettings(
  settings: PollyEngineSettings,
): ResolvedPollySettings {
  const { timeoutMs = 60_000, engine = 'neural' } = settings;
  if (typeof timeoutMs !== 'number' || !(timeoutMs > 0)) {
    throw invalidArgument({
      argument: 'settings.timeoutMs',
      message: `settings.timeoutMs must be a number above 0 (or Infinity), got ${String(timeoutMs)}`,
    });
  }
  if (!isPollyEngineType(engine)) {
    throw invalidArgument({
      argument: 'settings.engine',
      message: `unknown Polly engine type "${String(engine)}" (expected ${POLLY_ENGINE_TYPES.join(', ')})`,
    });
  }
  if (settings.client !== undefined) {
    const conflicting = (['region', 'credentials', 'baseURL'] as const).filter(
      (key) => settings[key] !== undefined,
    );
    if (conflicting.length > 0)
      throw invalidArgument({
        argument: 'settings.client',
        message: `settings.client is configured already; drop ${conflicting.join(', ')} (or configure the client with them)`,
      });
  }
  checkCredentials(settings.credentials);
  checkBaseUrl(settings.baseURL);
  return {
    timeoutMs,
    engineType: engine,
    defaultVoice: settings.defaultVoice ?? 'Joanna',
    speechMarks: settings.speechMarks ?? true,
  };
}
