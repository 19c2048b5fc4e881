import type { TextSynthesisStream } from '@ttskit/core';
import type { FastifyBaseLogger } from 'fastify';
import type { WebSocket } from 'ws';
import { errorBody } from '../http/error-body';
import { HttpError, payloadTooLarge } from '../http/http-error';
import { parseWithSchema } from '../http/parse-with-schema';
import { toHttpError } from '../http/to-http-error';
import type { ServerContext } from '../server-context';
import { asBuffer } from './audio-bytes';
import {
  clientMessageSchema,
  closeCodeFor,
  type StartMessage,
} from './text-stream-messages';

/**
 * One WebSocket's text-in streaming session over core's `streamText()`:
 * text pieces in as they arrive (LLM tokens), each complete sentence
 * spoken at once; out go an `audio-format` message, binary audio frames,
 * `word` and `mark` messages, then `end`. Errors are an `error` message and
 * a close code of 4000 + the HTTP status.
 */
export function createTextStreamSession(options: {
  socket: WebSocket;
  context: ServerContext;
  log: FastifyBaseLogger;
  /** The upgrade request's id, in error messages. */
  requestId: string;
}) {
  const { socket, context, log, requestId } = options;
  const limit = context.config.limits.maxStreamTextChars;
  const abort = new AbortController();
  let live: TextSynthesisStream | undefined;
  let received = 0;
  let ended = false;
  // a client that stops sending before `end` is closed (408: request timeout)
  const idleTimeoutMs = context.config.limits.streamIdleMs;
  let idle = setTimeout(onIdle, idleTimeoutMs);
  function onIdle() {
    fail(
      new HttpError({
        statusCode: 408,
        type: 'invalid_request_error',
        code: 'idle_timeout',
        message: `no message for ${idleTimeoutMs / 1000} s`,
      }),
    );
  }

  const send = (data: string | Buffer, binary = false) =>
    new Promise<void>((resolve) => {
      if (socket.readyState !== socket.OPEN) return resolve();
      socket.send(data, { binary }, () => resolve()); // resolves once written: backpressure
    });
  const sendJson = (message: Record<string, unknown>) => send(JSON.stringify(message));

  function fail(error: unknown): void {
    const httpError = toHttpError(error);
    if (httpError.statusCode >= 500) log.error({ err: error }, 'text stream failed');
    abort.abort();
    void sendJson({ type: 'error', ...errorBody({ error: httpError, requestId }) }).then(
      () => socket.close(closeCodeFor(httpError.statusCode), httpError.code),
    );
  }

  async function pump(stream: TextSynthesisStream): Promise<void> {
    let announced = false;
    for await (const part of stream) {
      if (part.type === 'audio') {
        if (!announced) {
          announced = true;
          await sendJson({
            type: 'audio-format',
            format: part.format,
            sampleRate: part.sampleRate,
          });
        }
        if (part.data.byteLength > 0) await send(asBuffer(part.data), true);
      } else if (part.type === 'word') {
        await sendJson({ type: 'word', ...part.word });
      } else if (part.type === 'mark') {
        await sendJson({ type: 'mark', ...part.mark });
      } else {
        await sendJson({
          type: 'end',
          durationMs: part.durationMs,
          characters: part.text.length,
        });
        socket.close(1000, 'done');
      }
    }
  }

  function start(message: StartMessage): void {
    const { synthesizer, id } = context.speech.synthesizerFor(message.engine);
    live = synthesizer.streamText({
      format: message.format ?? 'pcm',
      signal: abort.signal,
      ...(message.voice ? { voice: message.voice } : {}),
      ...(message.sampleRate ? { sampleRate: message.sampleRate } : {}),
      ...(message.language ? { language: message.language } : {}),
    });
    void sendJson({ type: 'ready', engine: id, format: message.format ?? 'pcm' });
    pump(live).catch(fail);
  }

  function handle(raw: string): void {
    const message = parseWithSchema({
      schema: clientMessageSchema,
      value: JSON.parse(raw) as unknown,
      name: 'message',
    });
    if (message.type === 'start') {
      if (live) throw invalidState('`start` must be the first message');
      start(message);
      return;
    }
    if (!live) start({ type: 'start' });
    if (message.type === 'end') {
      ended = true;
      clearTimeout(idle);
      live?.end();
      return;
    }
    received += message.text.length;
    if (received > limit) {
      throw payloadTooLarge({ message: `text: over the limit of ${limit} characters` });
    }
    live?.write(message.text);
  }

  return {
    receive(data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean): void {
      clearTimeout(idle);
      if (!ended) idle = setTimeout(onIdle, idleTimeoutMs);
      try {
        if (isBinary) throw invalidState('send text messages (JSON), not binary ones');
        handle(Buffer.isBuffer(data) ? data.toString('utf8') : String(data));
      } catch (error) {
        fail(
          error instanceof SyntaxError ? invalidState('messages must be JSON') : error,
        );
      }
    },
    /** The client went away: stop synthesizing. */
    close(): void {
      clearTimeout(idle);
      abort.abort();
      live?.end();
    },
  };
}

function invalidState(message: string): HttpError {
  return new HttpError({
    statusCode: 400,
    type: 'invalid_request_error',
    code: 'invalid_message',
    message,
  });
}
