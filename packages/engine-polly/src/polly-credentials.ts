import type { PollyClientConfig } from '@aws-sdk/client-polly';
import { LoadApiKeyError } from '@ttskit/core/spec';
import { MESSAGE_PREFIX } from './polly-errors';

/** Static keys or any AWS credential provider (`fromIni()`, `fromNodeProviderChain()`, ...). */
export type PollyCredentials = NonNullable<PollyClientConfig['credentials']>;

function fromEnvironment(name: string): string | undefined {
  const value = process.env[name];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function missing(options: {
  name: string;
  what: string;
  setting: string;
}): LoadApiKeyError {
  return new LoadApiKeyError({
    message: `${MESSAGE_PREFIX} the AWS ${options.what} is missing. Pass \`${options.setting}\` to createPollyEngine or set the ${options.name} environment variable.`,
    environmentVariableName: options.name,
  });
}

/**
 * The credentials passed in settings, else AWS_ACCESS_KEY_ID,
 * AWS_SECRET_ACCESS_KEY and (optionally) AWS_SESSION_TOKEN. Always complete,
 * so the SDK never falls back to its provider chain (which probes the
 * instance metadata server).
 */
export function resolveCredentials(
  credentials: PollyCredentials | undefined,
): PollyCredentials {
  if (credentials !== undefined) return credentials;
  const accessKeyId = fromEnvironment('AWS_ACCESS_KEY_ID');
  if (accessKeyId === undefined)
    throw missing({
      name: 'AWS_ACCESS_KEY_ID',
      what: 'access key id',
      setting: 'credentials',
    });
  const secretAccessKey = fromEnvironment('AWS_SECRET_ACCESS_KEY');
  if (secretAccessKey === undefined)
    throw missing({
      name: 'AWS_SECRET_ACCESS_KEY',
      what: 'secret access key',
      setting: 'credentials',
    });
  const sessionToken = fromEnvironment('AWS_SESSION_TOKEN');
  return sessionToken === undefined
    ? { accessKeyId, secretAccessKey }
    : { accessKeyId, secretAccessKey, sessionToken };
}

/** The region passed in settings, else AWS_REGION, else AWS_DEFAULT_REGION. */
export function resolveRegion(region: string | undefined): string {
  const resolved =
    region ?? fromEnvironment('AWS_REGION') ?? fromEnvironment('AWS_DEFAULT_REGION');
  if (resolved === undefined)
    throw missing({ name: 'AWS_REGION', what: 'region', setting: 'region' });
  return resolved;
}
