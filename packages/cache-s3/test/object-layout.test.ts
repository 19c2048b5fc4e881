import { createHash } from 'node:crypto';
import {
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
} from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createS3Cache } from '../src/index';
import { type LocalS3, startLocalS3 } from './local-s3';
import { randomEntry, sameBytes } from './random-entry';

let s3: LocalS3;
beforeAll(async () => {
  s3 = await startLocalS3();
});
afterAll(() => s3.stop());

const cacheUnder = (prefix: string) =>
  createS3Cache({ bucket: s3.bucket, prefix, clientConfig: s3.clientConfig });

async function listKeys(prefix: string): Promise<string[]> {
  const page = await s3.rawClient.send(
    new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: prefix }),
  );
  return (page.Contents ?? []).map((object) => object.Key as string).sort();
}

describe('object layout', () => {
  it('stores the audio under prefix + sha256(key), with a Content-Type from the format', async () => {
    const cache = cacheUnder('layout/');
    const formats = {
      wav: 'audio/wav',
      mp3: 'audio/mpeg',
      ogg_opus: 'audio/ogg',
      pcm: 'application/octet-stream',
      flac: 'application/octet-stream',
    };
    for (const [format, contentType] of Object.entries(formats)) {
      const key = `key-${format}`;
      const entry = randomEntry({ format });
      await cache.set(key, entry);
      const hash = createHash('sha256').update(key).digest('hex');
      expect(cache.objectKey(key)).toBe(`layout/${hash}`);
      const object = await s3.rawClient.send(
        new GetObjectCommand({ Bucket: s3.bucket, Key: `layout/${hash}` }),
      );
      expect(object.ContentType).toBe(contentType);
      expect(sameBytes(await object.Body?.transformToByteArray(), entry.data)).toBe(true);
    }
    expect(await listKeys('layout/')).toHaveLength(5);
    await cache.dispose();
  });

  it('keeps hostile keys inside the prefix as 64 hex characters', async () => {
    const cache = cacheUnder('hostile/');
    const keys = [
      '../../escape',
      '/absolute',
      'nul\u0000byte',
      '%2e%2e%2f',
      'x'.repeat(10_000),
    ];
    for (const key of keys) await cache.set(key, randomEntry({ bytes: 16 }));
    const stored = await listKeys('');
    const hostile = stored.filter((objectKey) => objectKey.startsWith('hostile/'));
    expect(hostile).toHaveLength(keys.length);
    for (const objectKey of hostile) expect(objectKey).toMatch(/^hostile\/[0-9a-f]{64}$/);
    for (const key of keys) expect(await cache.has(key)).toBe(true);
    await cache.dispose();
  });

  it('writes expiry as user metadata and as the Expires header', async () => {
    const cache = cacheUnder('expires-header/');
    const expires = Date.now() + 3_600_000;
    await cache.set('k', randomEntry(), { expires });
    const head = await s3.rawClient.send(
      new HeadObjectCommand({ Bucket: s3.bucket, Key: cache.objectKey('k') }),
    );
    expect(head.Metadata?.['ttskit-expires']).toBe(String(expires));
    expect(head.Expires?.getTime()).toBe(Math.floor(expires / 1000) * 1000);
    await cache.dispose();
  });
});

describe('expiry, delete and clear', () => {
  it('reads an expired entry as a miss and deletes it lazily', async () => {
    let now = Date.now();
    const cache = createS3Cache({
      bucket: s3.bucket,
      prefix: 'lazy/',
      clientConfig: s3.clientConfig,
      now: () => now,
    });
    await cache.set('k', randomEntry({ words: 400 }), { expires: now + 1_000 });
    expect(await listKeys('lazy/')).toHaveLength(2);
    expect(await cache.has('k')).toBe(true);
    now += 1_000;
    expect(await cache.get('k')).toBeUndefined();
    expect(await listKeys('lazy/')).toEqual([]);
    await cache.dispose();
  });

  it('deletes an existing entry for an expiry in the past', async () => {
    const cache = cacheUnder('past/');
    await cache.set('k', randomEntry({ words: 400 }));
    await cache.set('k', randomEntry(), { expires: Date.now() - 1 });
    expect(await cache.get('k')).toBeUndefined();
    expect(await listKeys('past/')).toEqual([]);
    await cache.dispose();
  });

  it('answers delete with a boolean and removes the sidecar too', async () => {
    const cache = cacheUnder('delete/');
    await cache.set('k', randomEntry({ words: 400 }));
    expect(await cache.delete('k')).toBe(true);
    expect(await listKeys('delete/')).toEqual([]);
    expect(await cache.delete('k')).toBe(false);
    await cache.dispose();
  });

  it('clears only its own objects under its prefix, across list pages', async () => {
    const cache = cacheUnder('clear/');
    const other = cacheUnder('clear-other/');
    await other.set('kept', randomEntry());
    const { PutObjectCommand } = await import('@aws-sdk/client-s3');
    await s3.rawClient.send(
      new PutObjectCommand({
        Bucket: s3.bucket,
        Key: 'clear/README.txt',
        Body: 'not ours',
      }),
    );
    const keys = Array.from({ length: 1_050 }, (_, index) => `k${index}`);
    const entry = randomEntry({ bytes: 8 });
    for (let start = 0; start < keys.length; start += 50) {
      await Promise.all(
        keys.slice(start, start + 50).map((key) => cache.set(key, entry)),
      );
    }
    expect(await cache.getMany(['k0', 'missing', 'k1049'])).toMatchObject([
      { metadata: entry.metadata },
      undefined,
      { metadata: entry.metadata },
    ]);
    await cache.clear();
    expect(await listKeys('clear/')).toEqual(['clear/README.txt']);
    expect(await other.has('kept')).toBe(true);
    await Promise.all([cache.dispose(), other.dispose()]);
  }, 120_000);
});
