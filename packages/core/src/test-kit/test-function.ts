/**
 * The slice of a test runner the conformance suites need. Pass vitest's
 * `it` (or `test`); assertions go through the context's `expect`, so core
 * never imports a test runner at run time.
 */
// biome-ignore lint/suspicious/noExplicitAny: matchers come from the caller's test runner.
export type ExpectFunction = (actual: unknown, message?: string) => any;

export type TestContext = { expect: ExpectFunction };

export type TestFunction = (
  name: string,
  body: (context: TestContext) => Promise<void> | void,
  timeoutMs?: number,
) => void;
