/** Polls `check` every 50 ms until it returns true; throws after `timeoutMs`. */
export async function waitUntil(options: {
  check: () => Promise<boolean> | boolean;
  timeoutMs: number;
  what: string;
}): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  while (!(await options.check())) {
    if (Date.now() > deadline)
      throw new Error(`[test] timed out waiting for ${options.what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
