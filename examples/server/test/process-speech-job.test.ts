import { type CacheStoreV1, createMemoryCache } from '@ttskit/core';
import { MockEngine } from '@ttskit/core/test-kit';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load-config';
import {
  AudioNotStoredError,
  describeJobError,
  processSpeechJob,
} from '../src/jobs/process-speech-job';
import { createAudioStore } from '../src/storage/audio-store';
import { createSpeechService } from '../src/synthesis/speech-service';

/** A shared tier whose writes or existence checks can be made to fail. */
function flakyTier() {
  const inner = createMemoryCache();
  const control = { failWrites: false, failChecks: false };
  const store: CacheStoreV1 = {
    specificationVersion: 'v1',
    name: 's3',
    get: (key) => inner.get(key),
    async set(key, entry, options) {
      if (control.failWrites) throw new Error('s3 is read-only today');
      await inner.set(key, entry, options);
    },
    async has(key) {
      if (control.failChecks) throw new Error('s3 does not answer');
      return inner.has(key);
    },
    delete: (key) => inner.delete(key),
  };
  return { store, inner, control };
}

function setUp() {
  const tier = flakyTier();
  const stores = { tiers: [tier.store], s3: undefined, dispose: async () => {} };
  const engine = new MockEngine();
  const speech = createSpeechService({
    config: loadConfig({ WARM_UP: 'false' }),
    stores,
    engines: { mock: engine },
  });
  const context = { speech, audio: createAudioStore(stores), jobId: 'job-1' };
  return { tier, engine, context };
}

const data = {
  text: 'Stored once, or the job says so.',
  format: 'wav' as const,
  owner: 'anonymous',
};

describe('processSpeechJob', () => {
  it('fails for a retry when its audio could not be written to any shared tier', async () => {
    const { tier, engine, context } = setUp();
    tier.control.failWrites = true;
    const error = await processSpeechJob(data, context).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(AudioNotStoredError);
    expect(describeJobError(error)).toMatchObject({
      code: 'storage_unavailable',
      retryable: true,
    });
    // the retry, once the tier works again, stores it (synthesizing again: the
    // memory copy cannot be written down into the shared tier from here)
    tier.control.failWrites = false;
    const result = await processSpeechJob(data, context);
    expect(await tier.inner.has(result.key)).toBe(true);
    expect(engine.calls).toHaveLength(2);
  });

  it('does not synthesize again on a guess when a tier cannot say whether it holds the audio', async () => {
    const { tier, engine, context } = setUp();
    await processSpeechJob(data, context); // stored; now in memory too
    tier.control.failChecks = true;
    await expect(processSpeechJob(data, context)).rejects.toThrow(AudioNotStoredError);
    expect(engine.calls).toHaveLength(1);
  });

  it('synthesizes again (and stores) when the shared tiers lost audio still in memory', async () => {
    const { tier, engine, context } = setUp();
    const first = await processSpeechJob(data, context);
    await tier.inner.delete(first.key); // evicted or expired in the shared tier
    const again = await processSpeechJob(data, context);
    expect(again.key).toBe(first.key);
    expect(await tier.inner.has(first.key)).toBe(true);
    expect(engine.calls).toHaveLength(2);
  });
});
