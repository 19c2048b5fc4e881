import { randomBytes } from 'node:crypto';
import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userMetadataBytes } from '../src/entry-header';
import { createS3Cache } from '../src/index';
import { type LocalS3, startLocalS3 } from './local-s3';
import { randomEntry, sameBytes } from './random-entry';

let s3: LocalS3;
beforeAll(async () => {
  s3 = await startLocalS3();
});
afterAll(() => s3.stop());

/** A client that records the name of every command it sends. */
function recordingClient(): { client: S3Client; commands: string[] } {
  const client = new S3Client({
    ...s3.clientConfig,
    requestChecksumCalculation: 'WHEN_REQUIRED',
  });
  const commands: string[] = [];
  client.middlewareStack.add(
    (next, context) => (args) => {
      commands.push(context.commandName as string);
      return next(args);
    },
    { step: 'initialize', name: 'recordCommands' },
  );
  return { client, commands };
}

describe('multipart upload', () => {
  it('uploads a 12 MiB value in parts and reads it back byte-exact', async () => {
    const { client, commands } = recordingClient();
    const cache = createS3Cache({ bucket: s3.bucket, prefix: 'multipart/', client });
    const entry = randomEntry({ bytes: 12 * 1024 * 1024 + 7 });
    await cache.set('long-audio', entry);
    expect(commands.filter((name) => name === 'UploadPartCommand')).toHaveLength(3);
    expect(commands).toContain('CompleteMultipartUploadCommand');
    expect(commands).not.toContain('PutObjectCommand');
    const read = await cache.get('long-audio');
    expect(read?.data.byteLength).toBe(entry.data.byteLength);
    expect(sameBytes(read?.data, entry.data)).toBe(true);
    expect(read?.metadata).toEqual(entry.metadata);
    await cache.dispose();
    client.destroy();
  }, 120_000);

  it('uses one PutObject below the threshold', async () => {
    const { client, commands } = recordingClient();
    const cache = createS3Cache({ bucket: s3.bucket, prefix: 'single/', client });
    await cache.set('k', randomEntry({ bytes: 6 * 1024 * 1024 }));
    expect(commands).toEqual(['PutObjectCommand']);
    client.destroy();
  });
});

describe('metadata larger than S3 user metadata allows', () => {
  it('round-trips the word timings of a long document through a sidecar', async () => {
    const cache = createS3Cache({
      bucket: s3.bucket,
      prefix: 'sidecar/',
      clientConfig: s3.clientConfig,
    });
    const entry = randomEntry({ words: 2_000 });
    entry.metadata.note = 'ünïcödé ✓ and "quotes" and \u0000';
    expect(JSON.stringify(entry.metadata).length).toBeGreaterThan(100_000);
    await cache.set('long-document', entry);
    const read = await cache.get('long-document');
    expect(read?.metadata).toEqual(entry.metadata);
    expect(sameBytes(read?.data, entry.data)).toBe(true);

    const head = await s3.rawClient.send(
      new HeadObjectCommand({ Bucket: s3.bucket, Key: cache.objectKey('long-document') }),
    );
    expect(userMetadataBytes(head.Metadata ?? {})).toBeLessThanOrEqual(2048);
    expect(head.Metadata?.['ttskit-sidecar']).toMatch(/^[0-9a-f]{64}$/);
    const sidecar = await s3.rawClient.send(
      new HeadObjectCommand({
        Bucket: s3.bucket,
        Key: `${cache.objectKey('long-document')}.json`,
      }),
    );
    expect(sidecar.ContentType).toMatch(/^application\/json/);
  });

  it('keeps metadata of ~3 KB of JSON inline, compressed under 2 KB', async () => {
    const cache = createS3Cache({
      bucket: s3.bucket,
      prefix: 'inline/',
      clientConfig: s3.clientConfig,
    });
    const entry = randomEntry({ words: 25 });
    expect(JSON.stringify(entry.metadata).length).toBeGreaterThan(2_048);
    await cache.set('k', entry);
    const head = await s3.rawClient.send(
      new HeadObjectCommand({ Bucket: s3.bucket, Key: cache.objectKey('k') }),
    );
    expect(head.Metadata?.['ttskit-metadata']).toBeDefined();
    expect(userMetadataBytes(head.Metadata ?? {})).toBeLessThanOrEqual(2048);
    expect((await cache.get('k'))?.metadata).toEqual(entry.metadata);
  });

  it('reads a sidecar left by a racing write of the same key as a miss, never as wrong timings', async () => {
    const cache = createS3Cache({
      bucket: s3.bucket,
      prefix: 'race/',
      clientConfig: s3.clientConfig,
    });
    const first = randomEntry({ words: 1_000 });
    await cache.set('k', first);
    const { PutObjectCommand } = await import('@aws-sdk/client-s3');
    await s3.rawClient.send(
      new PutObjectCommand({
        Bucket: s3.bucket,
        Key: `${cache.objectKey('k')}.json`,
        Body: JSON.stringify(randomEntry({ words: 1_000 }).metadata),
      }),
    );
    expect(await cache.get('k')).toBeUndefined();
    await cache.set('k', first);
    expect((await cache.get('k'))?.metadata).toEqual(first.metadata);
  });
});

it('never stores less or more than was written (random sizes around part boundaries)', async () => {
  const cache = createS3Cache({
    bucket: s3.bucket,
    prefix: 'sizes/',
    clientConfig: s3.clientConfig,
  });
  for (const size of [0, 1, 65_535, 65_536, 1_048_577]) {
    const entry = randomEntry();
    entry.data = new Uint8Array(randomBytes(size));
    await cache.set(`size-${size}`, entry);
    expect(sameBytes((await cache.get(`size-${size}`))?.data, entry.data)).toBe(true);
  }
  await cache.dispose();
});
