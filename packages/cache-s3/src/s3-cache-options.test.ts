import { InvalidArgumentError } from '@ttskit/core';
import { describe, expect, it } from 'vitest';
import { audioContentType } from './audio-content-type';
import { resolveS3CacheOptions, type S3CacheOptions } from './s3-cache-options';

describe('resolveS3CacheOptions', () => {
  it('fills in defaults', () => {
    expect(resolveS3CacheOptions({ bucket: 'audio' })).toMatchObject({
      bucket: 'audio',
      prefix: 'ttskit/',
      multipartThresholdBytes: 8 * 1024 * 1024,
      multipartPartBytes: 5 * 1024 * 1024,
      inlineMetadataLimitBytes: 1536,
      concurrency: 8,
    });
  });

  it.each<[string, Partial<S3CacheOptions>]>([
    ['s3Cache.bucket', { bucket: '' }],
    ['s3Cache.prefix', { prefix: 'x'.repeat(901) }],
    ['s3Cache.client', { client: {} as never, clientConfig: {} }],
    ['s3Cache.multipartPartBytes', { multipartPartBytes: 1024 }],
    ['s3Cache.multipartThresholdBytes', { multipartThresholdBytes: 1.5 }],
    ['s3Cache.inlineMetadataLimitBytes', { inlineMetadataLimitBytes: 1801 }],
    ['s3Cache.concurrency', { concurrency: 0 }],
    ['s3Cache.now', { now: 5 as never }],
  ])('rejects a bad %s', (argument, override) => {
    let failure: unknown;
    try {
      resolveS3CacheOptions({ bucket: 'audio', ...override });
    } catch (error) {
      failure = error;
    }
    expect(InvalidArgumentError.isInstance(failure)).toBe(true);
    expect(failure).toMatchObject({ argument });
    expect((failure as Error).message).toMatch(/^\[ttskit\] \[cache-s3\] /);
  });
});

describe('audioContentType', () => {
  it('maps formats to Content-Types, anything else to octet-stream', () => {
    expect(audioContentType({ format: 'wav' })).toBe('audio/wav');
    expect(audioContentType({ format: 'MP3' })).toBe('audio/mpeg');
    expect(audioContentType({ format: 'ogg_opus' })).toBe('audio/ogg');
    expect(audioContentType({ format: 'opus' })).toBe('audio/ogg');
    expect(audioContentType({ format: 'pcm' })).toBe('application/octet-stream');
    expect(audioContentType({ format: 'constructor' })).toBe('application/octet-stream');
    expect(audioContentType({})).toBe('application/octet-stream');
  });
});
