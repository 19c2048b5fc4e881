import { guardLoopbackOnly } from '@ttskit/core/test-kit';
import { afterAll } from 'vitest';

// Any connection that is not to 127.0.0.0/8 or ::1 fails at once, and the
// file fails at the end, so a stray request to Google (or a metadata
// server probe at 169.254.169.254) cannot pass unnoticed.
const guard = guardLoopbackOnly();

afterAll(() => {
  const refused = [...guard.refused];
  guard.restore();
  if (refused.length > 0) {
    throw new Error(
      `[ttskit] [engine-google] a test tried to leave loopback: ${refused.join(', ')}`,
    );
  }
});
