import { HeadObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { createSynthesizer } from '@ttskit/core';
import { MockEngine } from '@ttskit/core/test-kit';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createS3Cache } from '../src/index';
import { type LocalS3, startLocalS3 } from './local-s3';
import { randomEntry } from './random-entry';

let s3: LocalS3;
beforeAll(async () => {
  s3 = await startLocalS3();
});
afterAll(() => s3.stop());

describe('with createSynthesizer', () => {
  it('serves a second synthesis from S3, audio and timings intact', async () => {
    const engine = new MockEngine();
    const cache = createS3Cache({
      bucket: s3.bucket,
      prefix: 'tts/',
      clientConfig: s3.clientConfig,
    });
    const tts = createSynthesizer({ engine, cache, memoryCache: false });
    const first = await tts.synthesize({ text: 'Hello from the bucket', format: 'wav' });
    const second = await tts.synthesize({ text: 'Hello from the bucket', format: 'wav' });
    expect(first.cached).toBe(false);
    expect(second.cached).toBe(true);
    expect(engine.calls).toHaveLength(1);
    expect(Buffer.from(second.audio).equals(Buffer.from(first.audio))).toBe(true);
    expect(second.words).toEqual(first.words);
    const listed = await s3.rawClient.send(
      new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: 'tts/' }),
    );
    expect(listed.Contents?.map((object) => object.Key)).toEqual([
      cache.objectKey(first.key),
    ]);
    await tts.dispose();
  });

  it('honours cacheTtlMs as an absolute expiry', async () => {
    const cache = createS3Cache({
      bucket: s3.bucket,
      prefix: 'ttl/',
      clientConfig: s3.clientConfig,
    });
    const tts = createSynthesizer({
      engine: new MockEngine(),
      cache,
      memoryCache: false,
      cacheTtlMs: 60_000,
    });
    const before = Date.now();
    const result = await tts.synthesize({ text: 'Short lived' });
    const head = await s3.rawClient.send(
      new HeadObjectCommand({ Bucket: s3.bucket, Key: cache.objectKey(result.key) }),
    );
    const expires = Number(head.Metadata?.['ttskit-expires']);
    expect(expires).toBeGreaterThanOrEqual(before + 60_000);
    expect(expires).toBeLessThanOrEqual(Date.now() + 60_000);
    await tts.dispose();
  });
});

describe('dispose', () => {
  it('leaves an injected client alone', async () => {
    const client = new S3Client({
      ...s3.clientConfig,
      requestChecksumCalculation: 'WHEN_REQUIRED',
    });
    const destroy = vi.spyOn(client, 'destroy');
    const cache = createS3Cache({ bucket: s3.bucket, prefix: 'injected/', client });
    await cache.set('k', randomEntry());
    await cache.dispose();
    await cache.dispose();
    expect(destroy).not.toHaveBeenCalled();
    expect(await cache.has('k')).toBe(true);
    client.destroy();
  });

  it('destroys a client it created once, and creates a new one if used again', async () => {
    const cache = createS3Cache({
      bucket: s3.bucket,
      prefix: 'own/',
      clientConfig: s3.clientConfig,
    });
    await cache.set('k', randomEntry());
    const client = await cache.client();
    const destroy = vi.spyOn(client, 'destroy');
    await cache.dispose();
    await cache.dispose();
    expect(destroy).toHaveBeenCalledTimes(1);
    expect(await cache.has('k')).toBe(true);
    expect(await cache.client()).not.toBe(client);
    await cache.dispose();
  });

  it('is harmless before any use', async () => {
    const cache = createS3Cache({ bucket: s3.bucket, clientConfig: s3.clientConfig });
    await cache.dispose();
    await cache.dispose();
  });
});
