import { beforeEach, describe, expect, it, vi } from 'vitest';

const started = vi.hoisted(() => ({ workers: 0, espeakLoaded: false }));

vi.mock('node:worker_threads', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:worker_threads')>();
  class CountingWorker extends actual.Worker {
    constructor(...args: ConstructorParameters<typeof actual.Worker>) {
      super(...args);
      started.workers++;
    }
  }
  return { ...actual, Worker: CountingWorker };
});

// The WASM module must only ever load inside worker threads.
vi.mock('@echogarden/espeak-ng-emscripten', () => {
  started.espeakLoaded = true;
  return {};
});

describe('lazy start', () => {
  beforeEach(() => {
    started.workers = 0;
  });

  it('starts no worker and loads no WASM on import, engine creation or voices()', async () => {
    const { createEspeakEngine, espeak } = await import('../src/index');
    const provider = createEspeakEngine();
    provider('en-us');
    espeak('fr');
    expect((await espeak.voices()).length).toBeGreaterThan(100);
    expect(started.workers).toBe(0);

    const result = await provider('en-us').doSynthesize({
      input: 'Now.',
      inputType: 'text',
      format: 'pcm',
    });
    expect(result.audio.type).toBe('pcm');
    expect(started.workers).toBe(1);
    expect(started.espeakLoaded).toBe(false);
    await provider.dispose();
  });
});
