import type { IncomingMessage } from 'node:http';

/** One request as the fake saw it. */
export type RecordedRequest = {
  method: string;
  path: string;
  query: string;
  headers: IncomingMessage['headers'];
  bodyText: string;
  body: unknown;
};

/** A canned answer; `hang` never answers, `destroy` drops the connection. */
export type FakeReply = {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  hang?: boolean;
  destroy?: boolean;
};

/** Google's error body (`google.rpc.Status` under `error`). */
export function googleError(options: {
  status: number;
  code: string;
  message: string;
}): FakeReply {
  const { status, code, message } = options;
  return { status, body: { error: { code: status, message, status: code } } };
}
