import { guardLoopbackOnly, type LoopbackGuard } from '@ttskit/core/test-kit';

// Refuses every connection that is not to loopback, so a stray probe (the
// AWS SDK asks 169.254.169.254 when credentials are incomplete) fails the
// test instead of reaching the network. The live tests lift it for their file.
const key = Symbol.for('ttskit.engine-polly.test.loopbackGuard');
const holder = globalThis as typeof globalThis & { [key]?: LoopbackGuard | undefined };
holder[key] ??= guardLoopbackOnly();

/** Lets this test file reach the network (live tests); the next file's setup guards again. */
export function liftLoopbackGuard(): void {
  holder[key]?.restore();
  holder[key] = undefined;
}
