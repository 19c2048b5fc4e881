import { Readable } from 'node:stream';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { CacheError } from '@ttskit/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createS3Cache } from '../src/index';
import { type LocalS3, startLocalS3 } from './local-s3';
import { sameBytes } from './random-entry';

// Since @aws-sdk/client-s3 3.729 a streamed PutObject goes aws-chunked with a
// checksum trailer; s3rver answers 200 and stores the chunk framing as data.
// The cache's own client must keep requestChecksumCalculation WHEN_REQUIRED.

let s3: LocalS3;
beforeAll(async () => {
  s3 = await startLocalS3();
});
afterAll(() => s3.stop());

const payload = new Uint8Array(
  Array.from({ length: 102_400 }, (_, index) => index % 251),
);

async function putStreamThenGet(client: S3Client, key: string): Promise<Uint8Array> {
  await client.send(
    new PutObjectCommand({
      Bucket: s3.bucket,
      Key: key,
      Body: Readable.from([payload.subarray(0, 50_000), payload.subarray(50_000)]),
      ContentLength: payload.byteLength,
    }),
  );
  const object = await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }));
  return (await object.Body?.transformToByteArray()) ?? new Uint8Array();
}

it('a streamed PutObject through the cache-created client stores the bytes exactly', async () => {
  const cache = createS3Cache({ bucket: s3.bucket, clientConfig: s3.clientConfig });
  const client = await cache.client();
  expect(await client.config.requestChecksumCalculation()).toBe('WHEN_REQUIRED');
  const stored = await putStreamThenGet(client, 'guard/streamed');
  expect(stored.byteLength).toBe(payload.byteLength);
  expect(sameBytes(stored, payload)).toBe(true);
  await cache.dispose();
});

it('control: with SDK default checksums s3rver stores the aws-chunked framing', async () => {
  const client = new S3Client({
    ...s3.clientConfig,
    requestChecksumCalculation: 'WHEN_SUPPORTED',
  });
  const stored = await putStreamThenGet(client, 'guard/control');
  expect(stored.byteLength).not.toBe(payload.byteLength);
  expect(Buffer.from(stored.subarray(0, 8)).toString('latin1')).toMatch(/^[0-9a-f]+\r\n/);
  client.destroy();
});

it('a stored object whose length differs from what was written reads as a CacheError', async () => {
  const cache = createS3Cache({
    bucket: s3.bucket,
    prefix: 'guard/',
    clientConfig: s3.clientConfig,
  });
  const client = new S3Client({
    ...s3.clientConfig,
    requestChecksumCalculation: 'WHEN_SUPPORTED',
  });
  await client.send(
    new PutObjectCommand({
      Bucket: s3.bucket,
      Key: cache.objectKey('corrupted'),
      Body: Readable.from([payload]),
      ContentLength: payload.byteLength,
      Metadata: {
        'ttskit-layout': '1',
        'ttskit-bytes': String(payload.byteLength),
        'ttskit-metadata': 'q1ZKyy/KTSxRslIqTyxTqgUA',
      },
    }),
  );
  const failure = await cache.get('corrupted').catch((error: unknown) => error);
  expect(CacheError.isInstance(failure)).toBe(true);
  expect(String((failure as Error).message)).toMatch(
    /^\[ttskit\] \[cache-s3\] get failed for key "corrupted" \(bucket "ttskit-test".*102400 were written/,
  );
  client.destroy();
  await cache.dispose();
});
