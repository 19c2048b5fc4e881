import { engineConformanceSuite } from '@ttskit/core/test-kit';
import { afterAll, beforeAll, it } from 'vitest';
import { type GoogleFake, startGoogleFake } from './support/google-fake-server';
import { fakeProvider } from './support/test-engine';

let fake: GoogleFake;
// long inputs take a second, so the mid-synthesis abort has something to abort
beforeAll(async () => {
  fake = await startGoogleFake({
    delayMs: (request) => (request.bodyText.length > 2_000 ? 1_000 : 0),
  });
});
afterAll(() => fake.close());

engineConformanceSuite(it, { createEngine: () => fakeProvider(fake)('en-US-Neural2-F') });
engineConformanceSuite(it, {
  prefix: 'conformance (Chirp 3: HD, plain text)',
  createEngine: () => fakeProvider(fake)('en-US-Chirp3-HD-Charon'),
});
