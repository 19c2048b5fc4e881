import { CacheError, createSynthesizer } from '@ttskit/core';
import { MockEngine } from '@ttskit/core/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createS3Cache, S3CacheError } from '../src/index';
import { closedPort, type FakeS3Server, startFakeS3Server } from './fake-s3-server';
import { clientConfigFor, type LocalS3, startLocalS3 } from './local-s3';
import { randomEntry } from './random-entry';

async function failureOf(promise: Promise<unknown>): Promise<S3CacheError> {
  const failure = await promise.then(
    () => new Error('expected a rejection'),
    (error: unknown) => error,
  );
  expect(CacheError.isInstance(failure)).toBe(true);
  expect(S3CacheError.isInstance(failure)).toBe(true);
  return failure as S3CacheError;
}

describe.each([
  { status: 403, code: 'AccessDenied', message: 'Access Denied' },
  { status: 500, code: 'InternalError', message: 'We encountered an internal error.' },
  { status: 503, code: 'SlowDown', message: 'Please reduce your request rate.' },
])('S3 answers $status $code', (answer) => {
  let server: FakeS3Server;
  beforeAll(async () => {
    server = await startFakeS3Server(answer);
  });
  afterAll(() => server.stop());
  const cacheFor = () =>
    createS3Cache({
      bucket: 'audio-bucket',
      prefix: 'p/',
      clientConfig: { ...clientConfigFor(server.endpoint), maxAttempts: 1 },
    });

  it('every operation rejects with an S3CacheError naming bucket, key and object', async () => {
    const cache = cacheFor();
    const operations = {
      get: () => cache.get('the-key'),
      set: () => cache.set('the-key', randomEntry()),
      has: () => cache.has('the-key'),
      delete: () => cache.delete('the-key'),
      presignedUrl: () => cache.presignedUrl('the-key'),
    };
    for (const [operation, run] of Object.entries(operations)) {
      const failure = await failureOf(run());
      expect(failure).toMatchObject({
        store: 's3',
        operation,
        bucket: 'audio-bucket',
        key: 'the-key',
        objectKey: cache.objectKey('the-key'),
        statusCode: answer.status,
      });
      expect(failure.message).toMatch(
        new RegExp(
          `^\\[ttskit\\] \\[cache-s3\\] ${operation} failed for key "the-key" \\(bucket "audio-bucket", object "p/[0-9a-f]{64}"\\): `,
        ),
      );
      if (operation !== 'has' && operation !== 'delete' && operation !== 'presignedUrl') {
        expect(failure.code).toBe(answer.code);
      }
    }
    await cache.dispose();
  });

  it('getMany and clear reject too', async () => {
    const cache = cacheFor();
    const many = await failureOf(cache.getMany(['a', 'b']));
    expect(many.operation).toBe('get');
    const clear = await failureOf(cache.clear());
    expect(clear).toMatchObject({
      operation: 'clear',
      key: undefined,
      code: answer.code,
    });
    await cache.dispose();
  });
});

describe('network failures and missing things', () => {
  let s3: LocalS3;
  beforeAll(async () => {
    s3 = await startLocalS3();
  });
  afterAll(() => s3.stop());

  it('a refused connection is an S3CacheError without a status', async () => {
    const endpoint = `http://127.0.0.1:${await closedPort()}`;
    const cache = createS3Cache({
      bucket: 'audio-bucket',
      clientConfig: { ...clientConfigFor(endpoint), maxAttempts: 1 },
    });
    const failure = await failureOf(cache.get('k'));
    expect(failure).toMatchObject({ statusCode: undefined, code: 'ECONNREFUSED' });
    await cache.dispose();
  });

  it('a missing key is a miss, a missing bucket an error', async () => {
    const cache = createS3Cache({ bucket: s3.bucket, clientConfig: s3.clientConfig });
    expect(await cache.get('absent')).toBeUndefined();
    expect(await cache.delete('absent')).toBe(false);
    const noBucket = createS3Cache({
      bucket: 'no-such-bucket',
      clientConfig: s3.clientConfig,
    });
    const failure = await failureOf(noBucket.get('k'));
    expect(failure).toMatchObject({
      code: 'NoSuchBucket',
      statusCode: 404,
      bucket: 'no-such-bucket',
    });
    await Promise.all([cache.dispose(), noBucket.dispose()]);
  });

  it('a synthesis goes on when the cache fails, with a cache-error warning', async () => {
    const server = await startFakeS3Server({
      status: 403,
      code: 'AccessDenied',
      message: 'no',
    });
    const tts = createSynthesizer({
      engine: new MockEngine(),
      memoryCache: false,
      cache: createS3Cache({
        bucket: 'audio-bucket',
        clientConfig: { ...clientConfigFor(server.endpoint), maxAttempts: 1 },
      }),
    });
    const result = await tts.synthesize({ text: 'Hello there' });
    expect(result.audio.byteLength).toBeGreaterThan(44);
    expect(result.warnings.map((warning) => warning.type)).toContain('cache-error');
    await tts.dispose();
    await server.stop();
  });
});
