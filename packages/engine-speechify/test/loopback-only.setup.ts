import { guardLoopbackOnly } from '@ttskit/core/test-kit';

// Tests only talk to the fake Speechify server on 127.0.0.1. Any other
// connection (the real API, a proxy, a metadata server) fails at once.
// live.test.ts lifts the guard, and only when SPEECHIFY_API_KEY is set.
const guard = guardLoopbackOnly();
(globalThis as Record<symbol, unknown>)[Symbol.for('ttskit.test.loopbackGuard')] = guard;
