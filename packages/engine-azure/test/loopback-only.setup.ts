import { guardLoopbackOnly, type LoopbackGuard } from '@ttskit/core/test-kit';

// Every connection that is not to 127.0.0.0/8 or ::1 fails at once, so a
// stray request to the real service (or a typo in a URL) fails loudly.
// test/live.test.ts lifts the guard while it talks to Azure.
const guardKey = Symbol.for('ttskit.engine-azure.loopbackGuard');
const state = globalThis as { [guardKey]?: LoopbackGuard };
state[guardKey] ??= guardLoopbackOnly();
