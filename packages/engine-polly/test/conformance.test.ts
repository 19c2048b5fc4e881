import { engineConformanceSuite } from '@ttskit/core/test-kit';
import { afterAll, beforeAll, it } from 'vitest';
import { type FakePollyServer, startFakePolly } from './fake-polly/fake-polly-server';
import { pollyForFake } from './helpers';

let fake: FakePollyServer;
let polly: ReturnType<typeof pollyForFake>;
beforeAll(async () => {
  fake = await startFakePolly();
  polly = pollyForFake(fake);
});
afterAll(async () => {
  await polly.dispose();
  await fake.close();
});

// within Polly's 3,000 billed characters (the suite's default is above it,
// and the fake answers that with a 400 as Polly does); about 80 s of audio
const longText = Array.from(
  { length: 40 },
  () => 'A long input, spoken for a while.',
).join(' ');

engineConformanceSuite(it, { createEngine: () => polly('Joanna'), longText });
engineConformanceSuite(it, {
  createEngine: () => polly('Matthew:standard'),
  longText,
  prefix: 'standard voice',
});
engineConformanceSuite(it, {
  createEngine: () => polly('Joanna:generative'),
  longText,
  prefix: 'generative voice',
});
