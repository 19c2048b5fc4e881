import { engineConformanceSuite } from '@ttskit/core/test-kit';
import { afterAll, beforeAll, it } from 'vitest';
import { type FakeSpeechify, startFakeSpeechify } from './fake-speechify-server';
import { engineFor } from './helpers';

// The fake takes 1 ms per 10 characters, like a (fast) real synthesis, so the
// abort tests have something to interrupt; the long text stays under 2,000.
let fake: FakeSpeechify;
beforeAll(async () => {
  fake = await startFakeSpeechify({ synthesisDelayMs: (input) => input.length / 10 });
});
afterAll(() => fake.close());

const sentence = 'Hello from the conformance suite. This is a second sentence.';
engineConformanceSuite(it, {
  createEngine: () => engineFor(fake)('george'),
  longText: Array.from({ length: 28 }, () => sentence).join(' '),
});
