import http2, { type IncomingHttpHeaders, type ServerHttp2Stream } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { type FakeReply, pollyError, synthesizeSpeech } from './fake-polly-speech';
import { describeVoices } from './fake-polly-voices';

/** One request as the fake received it. */
export type RecordedRequest = {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: string;
  /** The parsed JSON body (`POST /v1/speech`), else undefined. */
  json: Record<string, unknown> | undefined;
};

/** A reply for the override: a normal reply, a request left unanswered, or a reset stream. */
export type FakeOverride = FakeReply | { hang: true } | { reset: true };

export type FakePollyServer = {
  /** `http://127.0.0.1:PORT`, for `baseURL`. */
  url: string;
  requests: RecordedRequest[];
  /** Replaces the default behaviour while it returns a reply (undefined: default). */
  override(
    handler: ((request: RecordedRequest) => FakeOverride | undefined) | undefined,
  ): void;
  /** Bytes per body chunk and the pause between chunks. Default 4001 bytes, 1 ms. */
  chunking: { bytes: number; delayMs: number };
  close(): Promise<void>;
};

/** Polly's wire protocol over h2c (the Polly client speaks HTTP/2, even over http). */
export async function startFakePolly(): Promise<FakePollyServer> {
  const server = http2.createServer();
  const streams = new Set<ServerHttp2Stream>();
  const fake: FakePollyServer = {
    url: '',
    requests: [],
    override: (handler) => {
      overrideHandler = handler;
    },
    chunking: { bytes: 4001, delayMs: 1 },
    close: async () => {
      for (const stream of streams) stream.close(http2.constants.NGHTTP2_CANCEL);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  let overrideHandler:
    | ((request: RecordedRequest) => FakeOverride | undefined)
    | undefined;
  server.on('session', (session) => {
    // close sessions with the server, or close() waits for idle clients
    server.once('close', () => session.destroy());
  });
  server.on('stream', (stream, headers) => {
    streams.add(stream);
    stream.on('close', () => streams.delete(stream));
    stream.on('error', () => undefined);
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      const request = record({ headers, body: Buffer.concat(chunks).toString('utf8') });
      fake.requests.push(request);
      void answer({ request, override: overrideHandler?.(request) }).then(
        (reply) => send({ stream, reply, chunking: fake.chunking }),
        (error: unknown) =>
          send({
            stream,
            reply: pollyError({
              status: 500,
              type: 'ServiceFailureException',
              message: String(error),
            }),
            chunking: fake.chunking,
          }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}

function record(options: {
  headers: IncomingHttpHeaders;
  body: string;
}): RecordedRequest {
  const { headers, body } = options;
  const url = new URL(String(headers[':path']), 'http://fake');
  const plain: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers))
    if (!name.startsWith(':') && value !== undefined) plain[name] = String(value);
  let json: Record<string, unknown> | undefined;
  try {
    json = body === '' ? undefined : (JSON.parse(body) as Record<string, unknown>);
  } catch {
    json = undefined;
  }
  return {
    method: String(headers[':method']),
    path: url.pathname,
    query: url.searchParams,
    headers: plain,
    body,
    json,
  };
}

async function answer(options: {
  request: RecordedRequest;
  override: FakeOverride | undefined;
}): Promise<FakeOverride> {
  const { request, override } = options;
  if (override !== undefined) return override;
  if (request.method === 'POST' && request.path === '/v1/speech') {
    if (request.json === undefined)
      return pollyError({
        status: 400,
        type: 'SerializationException',
        message: 'body is not JSON',
      });
    return synthesizeSpeech(request.json);
  }
  if (request.method === 'GET' && request.path === '/v1/voices')
    return {
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(describeVoices(request.query)),
    };
  return pollyError({
    status: 404,
    type: 'UnknownOperationException',
    message: `no route ${request.method} ${request.path}`,
  });
}

let requestCount = 0;

async function send(options: {
  stream: ServerHttp2Stream;
  reply: FakeOverride;
  chunking: FakePollyServer['chunking'];
}): Promise<void> {
  const { stream, reply, chunking } = options;
  if (stream.destroyed || stream.closed) return;
  if ('hang' in reply) return;
  if ('reset' in reply) {
    stream.close(http2.constants.NGHTTP2_INTERNAL_ERROR);
    return;
  }
  stream.respond({
    ':status': reply.status,
    'x-amzn-requestid': `fake-${++requestCount}`,
    ...reply.headers,
  });
  const body =
    typeof reply.body === 'string'
      ? Buffer.from(reply.body)
      : Buffer.from(reply.body ?? new Uint8Array());
  for (let offset = 0; offset < body.length; offset += chunking.bytes) {
    if (stream.destroyed || stream.closed) return;
    stream.write(body.subarray(offset, offset + chunking.bytes));
    if (chunking.delayMs > 0)
      await new Promise((resolve) => setTimeout(resolve, chunking.delayMs));
  }
  if (!stream.destroyed && !stream.closed) stream.end();
}
