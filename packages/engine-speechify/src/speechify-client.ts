import { TtsError } from '@ttskit/core/spec';
import { RequestDeadline } from './request-deadline';
import {
  abortError,
  errorFromResponse,
  malformedResponseError,
  networkError,
  timeoutError,
} from './speechify-errors';
import { VERSION } from './version';

export type FetchFunction = typeof globalThis.fetch;

export type SpeechifyClientSettings = {
  baseURL: string;
  headers: Record<string, string>;
  fetch: FetchFunction;
  timeoutMs: number;
  /** Read per request, so the key can come from the environment later. */
  apiKey: () => string;
  /** Aborted by `provider.dispose()`. */
  lifetime: () => AbortSignal;
};

export type SpeechifyCall = {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  accept: string;
  headers?: Record<string, string> | undefined;
  abortSignal?: AbortSignal | undefined;
};

/** An ok response whose body is still to be read, under its deadline. */
export type OpenResponse = {
  response: Response;
  url: string;
  deadline: RequestDeadline;
  /** Turns a failure while reading the body into the right ttskit error. */
  failure(error: unknown): unknown;
};

/** Plain `fetch` against Speechify's REST API: auth, headers, timeout, error mapping. */
export class SpeechifyClient {
  constructor(private readonly settings: SpeechifyClientSettings) {}

  /** Sends the request and resolves once an ok response's headers arrived. */
  async open(call: SpeechifyCall): Promise<OpenResponse> {
    const { settings } = this;
    const url = `${settings.baseURL}${call.path}`;
    if (call.abortSignal?.aborted) throw abortError(call.abortSignal.reason);
    const headers = new Headers({
      authorization: `Bearer ${settings.apiKey()}`,
      accept: call.accept,
      'user-agent': `ttskit-engine-speechify/${VERSION}`,
    });
    if (call.body !== undefined) headers.set('content-type', 'application/json');
    for (const [name, value] of Object.entries(settings.headers))
      headers.set(name, value);
    for (const [name, value] of Object.entries(call.headers ?? {}))
      headers.set(name, value);
    const lifetime = settings.lifetime();
    const deadline = new RequestDeadline({
      timeoutMs: settings.timeoutMs,
      signals: [call.abortSignal, lifetime],
    });
    const failure = (error: unknown): unknown => {
      if (call.abortSignal?.aborted) return abortError(call.abortSignal.reason);
      if (deadline.timedOut) return timeoutError({ timeoutMs: settings.timeoutMs, url });
      if (lifetime.aborted) return abortError(lifetime.reason);
      if (TtsError.isInstance(error)) return error;
      return networkError({ error, url });
    };
    try {
      const response = await settings.fetch(url, {
        method: call.method,
        headers,
        ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
        signal: deadline.signal,
      });
      if (!response.ok) throw await errorFromResponse({ response, url });
      return { response, url, deadline, failure };
    } catch (error) {
      deadline.dispose();
      throw failure(error);
    }
  }

  /** Sends the request and parses the whole JSON body. */
  async json<Value>(
    call: SpeechifyCall,
  ): Promise<{ value: Value; headers: Headers; url: string }> {
    const open = await this.open(call);
    let text: string;
    try {
      text = await open.response.text();
    } catch (error) {
      throw open.failure(error);
    } finally {
      open.deadline.dispose();
    }
    try {
      return {
        value: JSON.parse(text) as Value,
        headers: open.response.headers,
        url: open.url,
      };
    } catch (error) {
      throw malformedResponseError({
        detail: `the body is not JSON (${text.slice(0, 80)})`,
        url: open.url,
        cause: error,
      });
    }
  }
}
