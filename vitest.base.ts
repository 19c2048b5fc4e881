import { defineConfig } from 'vitest/config';

/**
 * Shared vitest configuration. Every package writes its results to
 * `.vitest-results.json` so `.ci/run` can print one line of totals.
 */
export function createVitestConfig(options: { testTimeout?: number } = {}) {
  return defineConfig({
    define: { __PACKAGE_VERSION__: JSON.stringify('0.0.0-test') },
    test: {
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      testTimeout: options.testTimeout ?? 20_000,
      hookTimeout: 30_000,
      reporters: ['default', ['json', { outputFile: '.vitest-results.json' }]],
    },
  });
}
