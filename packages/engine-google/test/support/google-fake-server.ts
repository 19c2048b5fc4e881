import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type FakeReply, googleError, type RecordedRequest } from './fake-reply';
import { handleSynthesize } from './fake-synthesize-route';
import { fakeVoices } from './fake-voices';

export type GoogleFakeOptions = {
  /** The key the fake accepts in `x-goog-api-key`. Default `test-key`. */
  apiKey?: string;
  /** Return a reply to override the fake's own behaviour for a request. */
  respond?: (request: RecordedRequest) => FakeReply | undefined;
  /** Wait before answering (ms). Default 0. */
  delayMs?: (request: RecordedRequest) => number;
  /** Audio per spoken character at rate 1 (ms). Default 8. */
  msPerCharacter?: number;
};

export type GoogleFake = {
  url: string;
  requests: RecordedRequest[];
  /** Time each answered request spent inside the handler, body read to response written (ms). */
  handlerMs: number[];
  close(): Promise<void>;
};

function send(response: ServerResponse, reply: FakeReply): void {
  const body =
    typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? {});
  response.writeHead(reply.status, {
    'content-type': 'application/json; charset=UTF-8',
    ...reply.headers,
  });
  response.end(body);
}

async function route(options: {
  request: RecordedRequest;
  fakeOptions: GoogleFakeOptions;
}): Promise<FakeReply> {
  const { request, fakeOptions } = options;
  const override = fakeOptions.respond?.(request);
  if (override) return override;
  const key = request.headers['x-goog-api-key'];
  if (key === undefined && !request.headers.authorization)
    return googleError({
      status: 401,
      code: 'UNAUTHENTICATED',
      message: 'Request is missing required authentication credential.',
    });
  if (key !== undefined && key !== (fakeOptions.apiKey ?? 'test-key'))
    return googleError({
      status: 400,
      code: 'INVALID_ARGUMENT',
      message: 'API key not valid. Please pass a valid API key.',
    });
  if (request.method === 'GET' && request.path === '/v1/voices') {
    const language = new URLSearchParams(request.query).get('languageCode');
    const voices = fakeVoices.filter(
      (voice) =>
        !language || voice.languageCodes.some((code) => code.startsWith(language)),
    );
    return { status: 200, body: { voices } };
  }
  const synthesize = /^\/(v1|v1beta1)\/text:synthesize$/.exec(request.path);
  if (request.method === 'POST' && synthesize) {
    return handleSynthesize({
      request,
      version: synthesize[1] as 'v1' | 'v1beta1',
      msPerCharacter: fakeOptions.msPerCharacter ?? 8,
    });
  }
  return googleError({
    status: 404,
    code: 'NOT_FOUND',
    message: `no route for ${request.method} ${request.path}`,
  });
}

/**
 * A local stand-in for texttospeech.googleapis.com on 127.0.0.1, speaking
 * its REST wire protocol: `POST /v1/text:synthesize`, `POST
 * /v1beta1/text:synthesize` (timepoints), `GET /v1/voices`, Google's error
 * bodies. Enums are accepted as strings or numbers, as the real API does.
 */
export async function startGoogleFake(
  fakeOptions: GoogleFakeOptions = {},
): Promise<GoogleFake> {
  const requests: RecordedRequest[] = [];
  const handlerMs: number[] = [];
  const server = createServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', async () => {
      const startedAt = performance.now();
      const bodyText = Buffer.concat(chunks).toString('utf8');
      const [path = '', query = ''] = (incoming.url ?? '').split('?');
      let body: unknown;
      try {
        body = bodyText ? JSON.parse(bodyText) : undefined;
      } catch {
        body = undefined;
      }
      const request: RecordedRequest = {
        method: incoming.method ?? '',
        path,
        query,
        headers: incoming.headers,
        bodyText,
        body,
      };
      requests.push(request);
      const reply = await route({ request, fakeOptions });
      const delay = fakeOptions.delayMs?.(request) ?? 0;
      if (reply.destroy) return void incoming.socket.destroy();
      if (reply.hang) return;
      handlerMs.push(performance.now() - startedAt);
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      if (!response.destroyed) send(response, reply);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    handlerMs,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port on 127.0.0.1 that nothing listens on (for refused connections). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
