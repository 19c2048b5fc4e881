import type { EngineV1 } from '../spec/v1/engine-v1';
import type { EngineV1CallOptions } from '../spec/v1/engine-v1-call-options';
import type { EngineV1Capabilities } from '../spec/v1/engine-v1-capabilities';
import type { EngineV1Result, EngineV1StreamResult } from '../spec/v1/engine-v1-result';
import { throwIfAborted } from '../util/abort';

export type MockEngineOptions = {
  engine?: string;
  voice?: string;
  capabilities?: Partial<EngineV1Capabilities>;
  /** Replaces the default behaviour (a tone whose length follows the words). */
  doSynthesize?: (options: EngineV1CallOptions) => PromiseLike<EngineV1Result>;
  doStream?: (options: EngineV1CallOptions) => PromiseLike<EngineV1StreamResult>;
  /** Sample rate of the default tone. Default 16 000. */
  sampleRate?: number;
  /** Delay before the default behaviour answers, honouring abort. Default 0. */
  delayMs?: number;
};

const defaultCapabilities: EngineV1Capabilities = {
  ssml: { dialect: 'text' },
  maxInput: { unit: 'utf16', max: 100_000 },
  formats: [{ format: 'pcm', sampleRates: [16_000] }],
  streaming: false,
  wordTimings: 'estimated',
  marks: false,
};

/** A deterministic tone, 200 ms per word, with word timings. */
function synthesizeTone(
  options: EngineV1CallOptions,
  sampleRate: number,
): EngineV1Result {
  const words = [...options.input.matchAll(/[\p{L}\p{N}'’]+/gu)].map((match, index) => ({
    text: match[0],
    startMs: index * 200,
    endMs: index * 200 + 180,
    inputStart: match.index,
    inputEnd: match.index + match[0].length,
  }));
  const samples = new Int16Array(Math.max(1, words.length) * (sampleRate / 5));
  for (let index = 0; index < samples.length; index++) {
    samples[index] = Math.round(
      8000 * Math.sin((2 * Math.PI * 440 * index) / sampleRate),
    );
  }
  return {
    audio: { type: 'pcm', samples, sampleRate },
    words,
    marks: [],
    warnings: [],
    response: { timestamp: new Date() },
  };
}

/**
 * An engine for tests. Records every call; by default answers with a tone
 * and word timings, or with whatever `doSynthesize` returns.
 */
export class MockEngine implements EngineV1 {
  readonly specificationVersion = 'v1' as const;
  readonly engine: string;
  readonly voice: string;
  readonly capabilities: EngineV1Capabilities;
  readonly calls: EngineV1CallOptions[] = [];
  readonly doStream:
    | ((options: EngineV1CallOptions) => PromiseLike<EngineV1StreamResult>)
    | undefined;
  private readonly options: MockEngineOptions;

  constructor(options: MockEngineOptions = {}) {
    this.options = options;
    this.engine = options.engine ?? 'mock';
    this.voice = options.voice ?? 'mock-voice';
    this.capabilities = { ...defaultCapabilities, ...options.capabilities };
    const doStream = options.doStream;
    this.doStream = doStream
      ? (callOptions) => {
          this.calls.push(callOptions);
          return doStream(callOptions);
        }
      : undefined;
  }

  async doSynthesize(options: EngineV1CallOptions): Promise<EngineV1Result> {
    this.calls.push(options);
    if (this.options.doSynthesize) return this.options.doSynthesize(options);
    throwIfAborted(options.abortSignal);
    if (this.options.delayMs) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, this.options.delayMs);
        options.abortSignal?.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(options.abortSignal?.reason);
        });
      });
      throwIfAborted(options.abortSignal);
    }
    return synthesizeTone(options, this.options.sampleRate ?? 16_000);
  }
}
