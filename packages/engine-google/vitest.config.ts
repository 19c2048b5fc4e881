import { defineConfig } from 'vitest/config';
import { createVitestConfig } from '../../vitest.base';

const base = createVitestConfig();
const { reporters, include, ...shared } = base.test ?? {};

// Two projects: `offline` (everything against the local fake, every
// connection that leaves loopback refused) and `live` (the real API, each
// test skipped unless GOOGLE_API_KEY is set, so no loopback guard).
export default defineConfig({
  define: base.define,
  // In this package (as in engine-espeak, not in cache-*), vitest resolves the
  // bare `stream` that tsup leaves in @ttskit/core's dist to `<package>/stream`;
  // pin it to the builtin.
  resolve: { alias: [{ find: /^stream$/, replacement: 'node:stream' }] },
  test: {
    reporters,
    projects: [
      {
        extends: true,
        test: {
          ...shared,
          name: 'offline',
          include,
          exclude: ['test/live/**', '**/node_modules/**'],
          setupFiles: ['./test/support/loopback-guard.setup.ts'],
        },
      },
      {
        extends: true,
        test: { ...shared, name: 'live', include: ['test/live/**/*.test.ts'] },
      },
    ],
  },
});
