import { MockEngine } from '@ttskit/core/test-kit';

/**
 * A MockEngine whose calls after the first `open` wait until `release()`:
 * lets a test observe what a client has received while synthesis is
 * provably not finished.
 */
export function createGatedEngine(options: {
  open: number;
  engine?: string;
  /** Lets these inputs through whatever their order (calls can start in any order). */
  passes?: (input: string) => boolean;
}) {
  const tone = new MockEngine();
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  let started = 0;
  let finished = 0;
  const engine = new MockEngine({
    ...(options.engine ? { engine: options.engine } : {}),
    doSynthesize: async (callOptions) => {
      started++;
      const passes = options.passes
        ? options.passes(callOptions.input)
        : started <= options.open;
      if (!passes) await gate;
      const result = await tone.doSynthesize(callOptions);
      finished++;
      return result;
    },
  });
  return {
    engine,
    release: () => release(),
    get started() {
      return started;
    },
    get finished() {
      return finished;
    },
  };
}
