import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MarkOffsets } from './fake-speech';
import { createFakeRoutes, sendJson } from './fake-speechify-routes';

export type RecordedRequest = {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
};

/** A scripted answer for the next request, instead of the normal one. */
export type ScriptedReply =
  | { status: number; body?: unknown; headers?: Record<string, string> }
  | { hang: true }
  | { destroy: true };

export type FakeSpeechifyOptions = {
  apiKey?: string;
  offsets?: MarkOffsets;
  /** Bytes per write of a PCM stream (odd, to split samples). */
  streamChunkBytes?: number;
  /** `GET /v1/voices` pages this many voices (the current API); 0: a bare array (the first one). */
  voicesPageSize?: number;
  /** Time the fake "synthesizes" before answering, per input (default: none). */
  synthesisDelayMs?: (input: string) => number;
};

export type FakeSpeechify = {
  baseURL: string;
  requests: RecordedRequest[];
  /** Milliseconds each request spent in the handler (first byte in → last byte out). */
  handlerMs: number[];
  script(...replies: ScriptedReply[]): void;
  close(): Promise<void>;
};

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/**
 * A local Speechify speaking the documented wire protocol: bearer auth,
 * `POST /v1/audio/speech` (JSON, base64 audio, speech marks),
 * `POST /v1/audio/stream` (chunked audio chosen by `Accept`), `GET
 * /v1/voices`, and the `{ error: { code, message } }` envelope.
 */
export async function startFakeSpeechify(
  options: FakeSpeechifyOptions = {},
): Promise<FakeSpeechify> {
  const apiKey = options.apiKey ?? 'test-key';
  const offsets = options.offsets ?? { space: 'escaped', unit: 'code-point' };
  const requests: RecordedRequest[] = [];
  const handlerMs: number[] = [];
  const scripted: ScriptedReply[] = [];
  const route = createFakeRoutes({ apiKey, offsets, options });

  const server = createServer(async (request, response) => {
    const startedAt = performance.now();
    let recordedEnd = false;
    const recordEnd = () => {
      if (recordedEnd) return;
      recordedEnd = true;
      handlerMs.push(performance.now() - startedAt);
    };
    response.on('finish', recordEnd);
    response.on('close', recordEnd);
    const recorded: RecordedRequest = {
      method: request.method ?? '',
      path: request.url ?? '',
      headers: request.headers,
      body: await readBody(request),
    };
    requests.push(recorded);
    const reply = scripted.shift();
    if (reply === undefined) return route(request, response, recorded);
    if ('hang' in reply) return;
    if ('destroy' in reply) return request.socket.destroy();
    if (reply.body === undefined) {
      response.writeHead(reply.status, reply.headers);
      return response.end();
    }
    sendJson(response, reply.status, reply.body, reply.headers);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}`,
    requests,
    handlerMs,
    script: (...replies) => scripted.push(...replies),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
