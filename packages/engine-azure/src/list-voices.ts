import { EngineCallError, parseRetryAfter } from '@ttskit/core/spec';
import { abortError, PREFIX } from './azure-errors';
import { type AzureVoice, type AzureVoiceJson, toAzureVoice } from './azure-voice';
import { VERSION } from './version';

/**
 * `GET /cognitiveservices/voices/list` over REST (what the SDK's
 * `getVoicesAsync` sends), so listing voices needs no SDK and sees
 * `Retry-After`. Bounded by `timeoutMs` and the abort signal.
 */
export async function listVoices(options: {
  url: string;
  apiKey: string;
  fetch: typeof globalThis.fetch;
  headers: Record<string, string> | undefined;
  timeoutMs: number;
  abortSignal: AbortSignal | undefined;
}): Promise<AzureVoice[]> {
  const { url, abortSignal } = options;
  if (abortSignal?.aborted) throw abortError(abortSignal);
  // `timeoutMs: Infinity` (allowed by the settings) means no timeout: AbortSignal.timeout throws on it
  const timeout = Number.isFinite(options.timeoutMs)
    ? AbortSignal.timeout(options.timeoutMs)
    : undefined;
  const signals = [abortSignal, timeout].filter((item) => item !== undefined);
  const signal = signals.length > 0 ? AbortSignal.any(signals) : undefined;
  let response: Response;
  let body: string;
  try {
    response = await options.fetch(url, {
      method: 'GET',
      headers: {
        'User-Agent': `ttskit-engine-azure/${VERSION}`,
        ...options.headers,
        'Ocp-Apim-Subscription-Key': options.apiKey,
      },
      ...(signal ? { signal } : {}),
    });
    body = await response.text();
  } catch (cause) {
    if (abortSignal?.aborted) throw abortError(abortSignal);
    const timedOut = timeout?.aborted === true;
    throw new EngineCallError({
      engine: 'azure',
      url,
      isRetryable: true,
      message: timedOut
        ? `${PREFIX} listing voices timed out after ${options.timeoutMs} ms (settings.timeoutMs)`
        : `${PREFIX} listing voices failed: ${cause instanceof Error ? cause.message : String(cause)}`,
      cause,
    });
  }
  if (!response.ok) {
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
    throw new EngineCallError({
      engine: 'azure',
      url,
      statusCode: response.status,
      responseBody: body.slice(0, 2000),
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
      message: `${PREFIX} listing voices failed with HTTP ${response.status}: ${body.slice(0, 200)}`,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (cause) {
    throw new EngineCallError({
      engine: 'azure',
      url,
      isRetryable: false,
      message: `${PREFIX} the voice list is not JSON`,
      cause,
    });
  }
  const entries = Array.isArray(json) ? (json as AzureVoiceJson[]) : [];
  return entries.flatMap((entry) => toAzureVoice(entry) ?? []);
}
