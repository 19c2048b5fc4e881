// A fake Azure AI Speech service on 127.0.0.1 that speaks the SDK's wire
// protocol: the synthesis websocket (/tts/cognitiveservices/websocket/v1) and
// the voice list (GET /cognitiveservices/voices/list). Used by the tests and
// by bench/engine-azure-overhead.mjs, so it is plain JavaScript.
import { createServer, STATUS_CODES } from 'node:http';
import { performance } from 'node:perf_hooks';
import { WebSocketServer } from 'ws';
import { sampleVoices } from './sample-voices.mjs';
import { speakTurn } from './speak-turn.mjs';
import { parseClientFrame } from './speech-frames.mjs';

export const FAKE_KEY = 'fake-azure-key';
const SYNTHESIS_PATH = '/tts/cognitiveservices/websocket/v1';
const VOICES_PATH = '/cognitiveservices/voices/list';

function writeHttpError(socket, { status, headers = {}, body = '' }) {
  const lines = [`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}`];
  const all = { 'Content-Type': 'text/plain', ...headers };
  all['Content-Length'] = Buffer.byteLength(body);
  for (const [name, value] of Object.entries(all)) lines.push(`${name}: ${value}`);
  socket.end(`${lines.join('\r\n')}\r\n\r\n${body}`);
}

/** The status the service answers an upgrade or REST call with, if not 101/200. */
function refusal(service, headers) {
  if (headers['ocp-apim-subscription-key'] !== service.key)
    return { status: 401, body: 'Access denied due to invalid subscription key.' };
  return service.behaviour.upgrade;
}

function handleConnection({ service, socket, index }) {
  const contexts = new Map();
  service.connections.push({ index, socket });
  socket.on('message', (data, isBinary) => {
    const frame = parseClientFrame(data, isBinary);
    service.frames.push({ ...frame, connection: index });
    if (frame.path === 'synthesis.context') contexts.set(frame.requestId, frame.body);
    if (frame.path !== 'ssml') return;
    const turn = {
      requestId: frame.requestId,
      connection: index,
      ssml: frame.body,
      contentType: frame.headers['content-type'],
      context: JSON.parse(contexts.get(frame.requestId) ?? '{}'),
      handlerMs: 0,
      receivedAt: performance.now(),
      finishedAt: 0,
    };
    service.turns.push(turn);
    const mode = service.behaviour.turn;
    if (mode === 'silent') return;
    if (typeof mode === 'object') {
      socket.close(mode.closeCode, mode.reason);
      return;
    }
    const startedAt = performance.now();
    speakTurn({ socket, turn, behaviour: service.behaviour })
      .then(() => {
        turn.finishedAt = performance.now();
        turn.handlerMs = turn.finishedAt - startedAt;
      })
      .catch((error) => service.errors.push(error));
  });
}

/**
 * Starts the fake on a free port. `service.behaviour` is mutable:
 * `upgrade: { status, headers, body }` refuses upgrades and voice lists,
 * `turn: 'speak' | 'silent' | { closeCode, reason }`, `frameDelayMs`,
 * `chunkBytes`, `wordSplitting`. Everything the client sent is recorded.
 */
export async function startFakeSpeechService(options = {}) {
  const service = {
    key: options.key ?? FAKE_KEY,
    behaviour: { turn: 'speak', frameDelayMs: 0, chunkBytes: 4096, ...options.behaviour },
    voices: options.voices ?? sampleVoices,
    upgrades: [],
    voiceRequests: [],
    connections: [],
    frames: [],
    turns: [],
    errors: [],
    url: '',
  };
  const sockets = new WebSocketServer({ noServer: true });
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    service.voiceRequests.push({
      method: request.method,
      path,
      headers: request.headers,
    });
    const refused =
      path === VOICES_PATH ? refusal(service, request.headers) : { status: 404 };
    const status = refused?.status ?? 200;
    response.writeHead(status, {
      'Content-Type': status === 200 ? 'application/json' : 'text/plain',
      ...(refused?.headers ?? {}),
    });
    response.end(status === 200 ? JSON.stringify(service.voices) : (refused?.body ?? ''));
  });
  server.on('upgrade', (request, socket, head) => {
    service.upgrades.push({ url: request.url, headers: request.headers });
    const path = new URL(request.url, 'http://localhost').pathname;
    const refused =
      path === SYNTHESIS_PATH ? refusal(service, request.headers) : { status: 404 };
    if (refused) {
      writeHttpError(socket, refused);
      return;
    }
    sockets.handleUpgrade(request, socket, head, (webSocket) =>
      handleConnection({ service, socket: webSocket, index: service.connections.length }),
    );
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  service.port = port;
  service.url = `http://127.0.0.1:${port}`;
  service.close = async () => {
    for (const client of sockets.clients) client.terminate();
    sockets.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
  return service;
}
