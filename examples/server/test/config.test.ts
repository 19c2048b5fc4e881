import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config/load-config';
import { hashApiKey } from '../src/gateway/api-keys';

describe('loadConfig', () => {
  it('has embedded defaults: 127.0.0.1:8080, espeak, fs cache, no Redis or S3', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ host: '127.0.0.1', port: 8080, apiKeyHashes: [] });
    expect(config.synthesis.engines).toEqual(['espeak']);
    expect(config.storage.fs.directory.startsWith(tmpdir())).toBe(true);
    expect(config.storage.redisUrl).toBeUndefined();
    expect(config.storage.s3).toBeUndefined();
  });

  it('keeps only digests of API keys', () => {
    const config = loadConfig({ TTSKIT_API_KEYS: ' one , two ,' });
    expect(config.apiKeyHashes).toEqual([hashApiKey('one'), hashApiKey('two')]);
    expect(JSON.stringify(config)).not.toContain('"one"');
  });

  it('names every invalid variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', DEFAULT_FORMAT: 'ogg' })).toThrow(
      ConfigError,
    );
    expect(() => loadConfig({ PORT: 'eighty', DEFAULT_FORMAT: 'ogg' })).toThrow(
      /PORT: .*; DEFAULT_FORMAT: /,
    );
    expect(() => loadConfig({ TTSKIT_API_KEY_HASHES: 'abc' })).toThrow(
      /TTSKIT_API_KEY_HASHES/,
    );
  });

  it('reads S3 and Redis settings', () => {
    const config = loadConfig({
      REDIS_URL: 'redis://127.0.0.1:6379',
      S3_BUCKET: 'audio',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_FORCE_PATH_STYLE: 'true',
    });
    expect(config.storage.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(config.storage.s3).toMatchObject({
      bucket: 'audio',
      prefix: 'ttskit/',
      forcePathStyle: true,
      region: 'us-east-1',
    });
  });
});
