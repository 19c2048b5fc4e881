import { EngineCallError, LoadApiKeyError } from '@ttskit/core/spec';
import type { ResolvedGoogleSettings } from './google-engine-settings';

export const GOOGLE_API_KEY_VARIABLE = 'GOOGLE_API_KEY';
export const GOOGLE_PROJECT_VARIABLE = 'GOOGLE_CLOUD_PROJECT';

function nonEmpty(value: string | undefined): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function hasHeader(headers: Record<string, string>, name: string): boolean {
  return Object.keys(headers).some((key) => key.toLowerCase() === name);
}

function missingCredentials(): LoadApiKeyError {
  const credentialsFile = nonEmpty(process.env.GOOGLE_APPLICATION_CREDENTIALS)
    ? ' GOOGLE_APPLICATION_CREDENTIALS is set, but this engine reads no credential files: pass `accessToken: () => auth.getAccessToken()` with google-auth-library instead.'
    : '';
  return new LoadApiKeyError({
    message: `[ttskit] [engine-google] Google Cloud Text-to-Speech API key is missing. Pass it as \`apiKey\` (or an \`accessToken\`), or set the ${GOOGLE_API_KEY_VARIABLE} environment variable.${credentialsFile}`,
    environmentVariableName: GOOGLE_API_KEY_VARIABLE,
  });
}

/** The token, or a retryable error when the token source fails (token endpoints have bad moments too). */
async function readAccessToken(
  source: NonNullable<ResolvedGoogleSettings['accessToken']>,
): Promise<string> {
  if (typeof source !== 'function') return source;
  try {
    return await source();
  } catch (error) {
    throw new EngineCallError({
      engine: 'google',
      message: `[ttskit] [engine-google] settings.accessToken() failed: ${error instanceof Error ? error.message : String(error)}`,
      isRetryable: true,
      cause: error,
    });
  }
}

/**
 * The authentication headers of one request: a bearer token when
 * `accessToken` is set, else `x-goog-api-key` from `apiKey` or
 * `GOOGLE_API_KEY`. Nothing else is ever consulted, so no metadata server
 * is probed. Headers the caller set in `settings.headers` count as
 * credentials (a proxy that adds its own).
 */
export async function googleAuthHeaders(
  settings: ResolvedGoogleSettings,
): Promise<Record<string, string>> {
  if (settings.accessToken !== undefined) {
    const token = await readAccessToken(settings.accessToken);
    if (!nonEmpty(token)) throw missingCredentials();
    const project =
      nonEmpty(settings.projectId) ?? nonEmpty(process.env[GOOGLE_PROJECT_VARIABLE]);
    return {
      authorization: `Bearer ${token}`,
      ...(project === undefined ? {} : { 'x-goog-user-project': project }),
    };
  }
  const apiKey =
    nonEmpty(settings.apiKey) ?? nonEmpty(process.env[GOOGLE_API_KEY_VARIABLE]);
  if (apiKey !== undefined) return { 'x-goog-api-key': apiKey };
  if (
    hasHeader(settings.headers, 'x-goog-api-key') ||
    hasHeader(settings.headers, 'authorization')
  )
    return {};
  throw missingCredentials();
}
