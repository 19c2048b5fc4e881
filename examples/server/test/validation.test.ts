import { MockEngine } from '@ttskit/core/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  errorOf,
  postJson,
  startTestServer,
  type TestServer,
} from './helpers/test-server';

describe('request validation', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      env: { MAX_BODY_BYTES: '4096', MAX_INPUT_CHARS: '500', MAX_SSML_DEPTH: '8' },
      engines: { mock: new MockEngine({ capabilities: { ssml: { dialect: 'w3c' } } }) },
    });
  });
  afterAll(() => server.close());
  const speak = (body: unknown, headers?: Record<string, string>) =>
    postJson({ url: `${server.url}/v1/speech`, body, ...(headers ? { headers } : {}) });

  it('answers 400 invalid_json for malformed JSON', async () => {
    for (const body of ['{"text": ', '{text: 1}', '', '{"__proto__": {"x": 1}}']) {
      const response = await speak(body);
      expect(response.status, body).toBe(400);
      expect(response.headers.get('x-request-id')).toBeTruthy();
    }
    expect((await errorOf(await speak('{"text": '))).code).toBe('invalid_json');
  });

  it('names the field and the problem for wrong types and unknown fields', async () => {
    const wrongType = await errorOf(await speak({ text: 5 }));
    expect(wrongType).toMatchObject({ code: 'invalid_request', param: 'text' });
    expect(wrongType.message).toMatch(/^text: .*expected string, received number/);
    expect((await errorOf(await speak({ text: 'a', format: 'ogg' }))).param).toBe(
      'format',
    );
    expect((await errorOf(await speak({ text: 'a', stream: 'yes' }))).param).toBe(
      'stream',
    );
    expect((await errorOf(await speak({ text: 'a', txt: 'b' }))).message).toContain(
      'txt',
    );
    expect((await errorOf(await speak({ text: 'a', voice: '<script>' }))).param).toBe(
      'voice',
    );
  });

  it('wants exactly one of text and ssml', async () => {
    for (const body of [{}, { text: 'a', ssml: '<speak>a</speak>' }, [1, 2], 'null']) {
      const response = await speak(body);
      expect(response.status, JSON.stringify(body)).toBe(400);
    }
  });

  it('reports SSML errors with line and column', async () => {
    const response = await speak({ ssml: '<speak>\n  <p>Hello\n</speak>' });
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error).toMatchObject({
      code: 'invalid_ssml',
      param: 'ssml',
      line: 3,
      column: 1,
    });
    expect(error.snippet).toContain('^');
  });

  it('answers 413 for a body, a text or an SSML document over the limits', async () => {
    const body = await speak({ text: 'x'.repeat(5000) });
    expect(body.status).toBe(413);
    expect((await errorOf(body)).code).toBe('payload_too_large');
    const text = await speak({ text: 'word '.repeat(120) });
    expect(text.status).toBe(413);
    expect((await errorOf(text)).param).toBe('text');
    const deep = await speak({
      ssml: `<speak>${'<p>'.repeat(10)}a${'</p>'.repeat(10)}</speak>`,
    });
    expect(deep.status).toBe(413);
    expect(await errorOf(deep)).toMatchObject({ code: 'ssml_too_large', line: 1 });
  });

  it('answers 415 for other content types and 404 for unknown routes', async () => {
    const response = await fetch(`${server.url}/v1/speech`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'hello',
    });
    expect(response.status).toBe(415);
    const missing = await fetch(`${server.url}/v1/nothing`);
    expect(missing.status).toBe(404);
    expect((await errorOf(missing)).type).toBe('not_found_error');
  });

  it('rejects an unknown engine or voice with 400', async () => {
    expect(await errorOf(await speak({ text: 'a', engine: 'nope' }))).toMatchObject({
      param: 'engine',
    });
    const voice = await speak({ text: 'a', voice: 'someone-else' });
    expect(voice.status).toBe(400);
    expect((await errorOf(voice)).param).toBe('voice');
  });
});
