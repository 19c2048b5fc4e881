import type { IncomingMessage, ServerResponse } from 'node:http';
import { pcmToBytes } from '@ttskit/core';
import {
  FAKE_SAMPLE_RATE,
  fakeAudio,
  fakeSamples,
  fakeSpeechMarks,
  type MarkOffsets,
} from './fake-speech';
import type { FakeSpeechifyOptions, RecordedRequest } from './fake-speechify-server';
import { fakeVoices } from './fake-voices';

const SPEECH_LIMIT = 2_000;
const STREAM_LIMIT = 20_000;

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers = {},
) {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
}

function sendError(
  response: ServerResponse,
  options: { status: number; code: string; message: string },
) {
  sendJson(response, options.status, {
    error: { code: options.code, message: options.message },
    request_id: 'req-error',
  });
}

/** The fake's routes: bearer auth, then speech, stream and voices as the API reference describes. */
export function createFakeRoutes(context: {
  apiKey: string;
  offsets: MarkOffsets;
  options: FakeSpeechifyOptions;
}) {
  const { apiKey, offsets, options } = context;
  let counter = 0;

  const speech = async (response: ServerResponse, body: Record<string, unknown>) => {
    const format = (body.audio_format as string | undefined) ?? 'wav';
    const marks = fakeSpeechMarks(body.input as string, offsets);
    const audio = await fakeAudio(fakeSamples(marks), format);
    sendJson(
      response,
      200,
      {
        audio_data: Buffer.from(audio).toString('base64'),
        audio_format: format,
        billable_characters_count: marks.value.length,
        speech_marks: marks,
      },
      { 'speechify-request-id': `req-${++counter}` },
    );
  };

  const stream = async (
    request: IncomingMessage,
    response: ServerResponse,
    body: Record<string, unknown>,
  ) => {
    const accept = request.headers.accept ?? 'audio/mpeg';
    const samples = fakeSamples(fakeSpeechMarks(body.input as string, offsets));
    const isPcm = accept === 'audio/pcm';
    const bytes = isPcm ? pcmToBytes(samples) : await fakeAudio(samples, 'mp3');
    response.writeHead(200, {
      'content-type': isPcm ? `audio/L16;rate=${FAKE_SAMPLE_RATE};channels=1` : accept,
      'speechify-request-id': `req-${++counter}`,
    });
    const size = options.streamChunkBytes ?? 4801;
    for (let offset = 0; offset < bytes.length; offset += size) {
      if (response.destroyed) return;
      response.write(bytes.subarray(offset, offset + size));
      await new Promise((resolve) => setImmediate(resolve));
    }
    response.end();
  };

  const route = async (
    request: IncomingMessage,
    response: ServerResponse,
    recorded: RecordedRequest,
  ) => {
    if (request.headers.authorization !== `Bearer ${apiKey}`)
      return sendError(response, {
        status: 401,
        code: 'unauthorized',
        message: 'Invalid API key',
      });
    const url = new URL(recorded.path, 'http://fake');
    if (request.method === 'GET' && url.pathname === '/v1/voices')
      return sendJson(
        response,
        200,
        fakeVoices({
          cursor: url.searchParams.get('cursor'),
          pageSize: options.voicesPageSize ?? 2,
        }),
      );
    const isSpeech = url.pathname === '/v1/audio/speech';
    if (request.method !== 'POST' || (!isSpeech && url.pathname !== '/v1/audio/stream'))
      return sendError(response, {
        status: 404,
        code: 'not_found',
        message: 'no such route',
      });
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(recorded.body) as Record<string, unknown>;
    } catch {
      return sendError(response, {
        status: 400,
        code: 'bad_request',
        message: 'body is not JSON',
      });
    }
    const input = body.input;
    const limit = isSpeech ? SPEECH_LIMIT : STREAM_LIMIT;
    if (
      typeof input !== 'string' ||
      input.length === 0 ||
      [...input].length > limit ||
      typeof body.voice_id !== 'string'
    )
      return sendError(response, {
        status: 400,
        code: 'validation_failed',
        message: 'input or voice_id is invalid',
      });
    if (
      isSpeech &&
      body.audio_format !== undefined &&
      !['wav', 'mp3', 'ogg', 'aac', 'pcm'].includes(body.audio_format as string)
    )
      return sendError(response, {
        status: 400,
        code: 'validation_failed',
        message: 'audio_format is invalid',
      });
    const delay = options.synthesisDelayMs?.(input) ?? 0;
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    if (response.destroyed) return;
    return isSpeech ? speech(response, body) : stream(request, response, body);
  };

  return route;
}
