import { MockEngine } from '@ttskit/core/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalS3, startLocalS3 } from './helpers/local-s3';
import { postJson, startTestServer, type TestServer } from './helpers/test-server';

async function synthesizeKey(
  url: string,
  text: string,
): Promise<{ key: string; bytes: Buffer }> {
  const response = await postJson({
    url: `${url}/v1/speech`,
    body: { text, format: 'wav' },
  });
  expect(response.headers.get('content-location')).toMatch(/^\/v1\/audio\/[0-9a-f]{64}$/);
  return {
    key: response.headers.get('x-ttskit-key') as string,
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

describe('GET /v1/audio/:key from the file-system tier', () => {
  let server: TestServer;
  let key: string;
  let bytes: Buffer;
  beforeAll(async () => {
    server = await startTestServer({ engines: { mock: new MockEngine() } });
    ({ key, bytes } = await synthesizeKey(server.url, 'Stored audio for ranges.'));
  });
  afterAll(() => server.close());
  const get = (headers: Record<string, string> = {}, path = key) =>
    fetch(`${server.url}/v1/audio/${path}`, { headers });

  it('serves the stored bytes with a strong ETag and answers 304 to If-None-Match', async () => {
    const response = await get();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('audio/wav');
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
    const etag = response.headers.get('etag') as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect((await get({ 'if-none-match': etag })).status).toBe(304);
    expect((await get({ 'if-none-match': '"other"' })).status).toBe(200);
    expect(
      (await fetch(`${server.url}/v1/audio/${key}`, { method: 'HEAD' })).status,
    ).toBe(200);
  });

  it('answers ranges with 206 and Content-Range, and 416 outside the audio', async () => {
    const header = await get({ range: 'bytes=0-43' });
    expect(header.status).toBe(206);
    expect(header.headers.get('content-range')).toBe(`bytes 0-43/${bytes.byteLength}`);
    expect(Buffer.from(await header.arrayBuffer()).equals(bytes.subarray(0, 44))).toBe(
      true,
    );
    const tail = await get({ range: 'bytes=-100' });
    expect(Buffer.from(await tail.arrayBuffer()).equals(bytes.subarray(-100))).toBe(true);
    const open = await get({ range: `bytes=${bytes.byteLength - 10}-` });
    expect((await open.arrayBuffer()).byteLength).toBe(10);
    const outside = await get({ range: `bytes=${bytes.byteLength}-` });
    expect(outside.status).toBe(416);
    expect(outside.headers.get('content-range')).toBe(`bytes */${bytes.byteLength}`);
    // a stale If-Range gets the whole, current audio
    expect((await get({ range: 'bytes=0-1', 'if-range': '"stale"' })).status).toBe(200);
  });

  it('answers 404 for unknown and malformed keys', async () => {
    expect((await get({}, 'f'.repeat(64))).status).toBe(404);
    expect((await get({}, '..%2F..%2Fetc%2Fpasswd')).status).toBe(404);
  });
});

describe('GET /v1/audio/:key with S3 configured', () => {
  let s3: LocalS3;
  let server: TestServer;
  beforeAll(async () => {
    s3 = await startLocalS3();
    server = await startTestServer({ env: s3.env, engines: { mock: new MockEngine() } });
  });
  afterAll(async () => {
    await server?.close();
    await s3?.stop();
  });

  it('redirects to a presigned URL that serves the same bytes', async () => {
    const { key, bytes } = await synthesizeKey(server.url, 'Audio kept in S3.');
    const response = await fetch(`${server.url}/v1/audio/${key}`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    const location = response.headers.get('location') as string;
    expect(location).toContain('X-Amz-Signature=');
    const fromS3 = await fetch(location);
    expect(fromS3.status).toBe(200);
    expect(Buffer.from(await fromS3.arrayBuffer()).equals(bytes)).toBe(true);
  });
});
