import { InvalidArgumentError } from '@ttskit/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createS3Cache, type S3Cache } from '../src/index';
import { type LocalS3, startLocalS3 } from './local-s3';
import { randomEntry, sameBytes } from './random-entry';

let s3: LocalS3;
let cache: S3Cache;
beforeAll(async () => {
  s3 = await startLocalS3();
  cache = createS3Cache({
    bucket: s3.bucket,
    prefix: 'presigned/',
    clientConfig: s3.clientConfig,
  });
});
afterAll(async () => {
  await cache.dispose();
  await s3.stop();
});

it('serves the audio bytes through fetch, with the audio Content-Type', async () => {
  const entry = randomEntry({ bytes: 300_001, format: 'mp3' });
  await cache.set('spoken', entry);
  const url = await cache.presignedUrl('spoken', { expiresInSeconds: 60 });
  expect(url).toMatch(
    /^http:\/\/127\.0\.0\.1:\d+\/ttskit-test\/presigned\/[0-9a-f]{64}\?/,
  );
  const response = await fetch(url as string);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('audio/mpeg');
  expect(sameBytes(new Uint8Array(await response.arrayBuffer()), entry.data)).toBe(true);
});

it('answers undefined for a missing or expired key', async () => {
  expect(await cache.presignedUrl('never-stored')).toBeUndefined();
  let now = Date.now();
  const clocked = createS3Cache({
    bucket: s3.bucket,
    prefix: 'presigned/',
    clientConfig: s3.clientConfig,
    now: () => now,
  });
  await clocked.set('short-lived', randomEntry(), { expires: now + 10_000 });
  now += 10_000;
  expect(await clocked.presignedUrl('short-lived')).toBeUndefined();
  await clocked.dispose();
});

it('never signs a URL that outlives its entry', async () => {
  await cache.set('expiring', randomEntry(), { expires: Date.now() + 30_500 });
  const url = new URL(
    (await cache.presignedUrl('expiring', { expiresInSeconds: 3_600 })) as string,
  );
  const lifetime = Number(url.searchParams.get('X-Amz-Expires'));
  expect(lifetime).toBeGreaterThan(25);
  expect(lifetime).toBeLessThanOrEqual(30);
});

it('rejects a lifetime outside 1 s to 7 days before any request', async () => {
  for (const expiresInSeconds of [0, 1.5, 604_801]) {
    await expect(cache.presignedUrl('spoken', { expiresInSeconds })).rejects.toSatisfy(
      (error) => InvalidArgumentError.isInstance(error),
    );
  }
});
