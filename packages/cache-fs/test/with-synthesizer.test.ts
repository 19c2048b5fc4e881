import { createSynthesizer } from '@ttskit/core';
import { MockEngine } from '@ttskit/core/test-kit';
import { expect, it } from 'vitest';
import { createFsCache } from '../src/index';
import { useTemporaryDirectories } from './temporary-directories';

const temporaryDirectory = useTemporaryDirectories();

it('serves a synthesis from disk to a synthesizer that never made it', async () => {
  const dir = await temporaryDirectory();
  const request = { text: 'Hello from the disk cache', format: 'wav' as const };
  const first = createSynthesizer({
    engine: new MockEngine(),
    cache: createFsCache({ dir }),
    memoryCache: false,
  });
  const made = await first.synthesize(request);
  expect(made.cached).toBe(false);
  await first.dispose();

  let engineCalls = 0;
  const engine = new MockEngine({
    doSynthesize: async () => {
      engineCalls++;
      throw new Error('the engine should not be called');
    },
  });
  const second = createSynthesizer({
    engine,
    cache: createFsCache({ dir }),
    memoryCache: false,
  });
  const served = await second.synthesize(request);
  expect(served.cached).toBe(true);
  expect(engineCalls).toBe(0);
  expect(Buffer.from(served.audio).equals(Buffer.from(made.audio))).toBe(true);
  expect(served.words).toEqual(made.words);
  await second.dispose();
});
