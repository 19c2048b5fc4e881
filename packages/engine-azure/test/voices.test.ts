import { EngineCallError } from '@ttskit/core/spec';
import { describe, expect, it } from 'vitest';
import { rejectionOf, useFakeService } from './helpers';

const fake = useFakeService();

describe('voices()', () => {
  it('lists voices without a timeout when timeoutMs is Infinity', async () => {
    await fake.service();
    const voices = await (
      await fake.provider({ timeoutMs: Number.POSITIVE_INFINITY })
    ).voices();
    expect(voices.length).toBeGreaterThan(0);
  });

  it('lists voices in the unified shape: BCP-47 languages, gender, family', async () => {
    const service = await fake.service();
    const voices = await (await fake.provider()).voices();
    expect(voices.map((voice) => [voice.id, voice.family])).toEqual([
      ['en-US-AvaMultilingualNeural', 'neural'],
      ['de-DE-ConradNeural', 'neural'],
      ['en-US-Ava:DragonHDLatestNeural', 'dragon-hd'],
      ['en-US-Ava:DragonHDOmniLatestNeural', 'dragon-hd-omni'],
      ['zh-CN-XiaoxiaoNeural', 'neural'],
    ]);
    expect(voices[0]).toEqual({
      id: 'en-US-AvaMultilingualNeural',
      name: 'Ava Multilingual',
      engine: 'azure',
      languages: ['en-US', 'de-DE', 'fr-FR', 'zh-CN'],
      gender: 'female',
      family: 'neural',
      locale: 'en-US',
      styles: [],
      sampleRate: 24_000,
      status: 'GA',
    });
    expect(voices[1]).toMatchObject({
      gender: 'male',
      styles: ['cheerful', 'sad'],
      sampleRate: 48_000,
    });
    const request = service.voiceRequests.at(-1);
    expect(request).toMatchObject({
      method: 'GET',
      path: '/cognitiveservices/voices/list',
    });
    expect(request?.headers['ocp-apim-subscription-key']).toBe(service.key);
    expect(request?.headers['user-agent']).toMatch(/^ttskit-engine-azure\//);
  });

  it('429 with Retry-After: retryable, statusCode and retryAfterMs', async () => {
    const service = await fake.service();
    service.behaviour.upgrade = {
      status: 429,
      headers: { 'Retry-After': '7' },
      body: 'slow down',
    };
    const error = await rejectionOf((await fake.provider()).voices());
    expect(EngineCallError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({
      statusCode: 429,
      isRetryable: true,
      retryAfterMs: 7000,
      responseBody: 'slow down',
    });
  });

  it.each([
    [401, false],
    [403, false],
    [500, true],
  ])('HTTP %i: retryable %s', async (status, retryable) => {
    const service = await fake.service();
    service.behaviour.upgrade = { status, body: 'no' };
    const error = await rejectionOf((await fake.provider()).voices());
    expect(error).toMatchObject({ statusCode: status, isRetryable: retryable });
  });

  it('times out after timeoutMs', async () => {
    const never: typeof fetch = (_url, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
      );
    const error = await rejectionOf(
      (await fake.provider({ fetch: never, timeoutMs: 100 })).voices(),
    );
    expect(error).toMatchObject({ isRetryable: true });
    expect((error as Error).message).toContain('timed out after 100 ms');
  });
});
