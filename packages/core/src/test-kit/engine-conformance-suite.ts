import { AbortError } from '../spec/errors/abort-error';
import type { EngineV1 } from '../spec/v1/engine-v1';
import type { EngineV1CallOptions } from '../spec/v1/engine-v1-call-options';
import type { EngineV1Result, EngineV1StreamPart } from '../spec/v1/engine-v1-result';
import type { ExpectFunction, TestFunction } from './test-function';

export type EngineConformanceOptions = {
  /** Builds the engine under test (once per test). */
  createEngine: () => EngineV1 | Promise<EngineV1>;
  /** Plain text to speak. Default: a two-sentence English text. */
  text?: string;
  /** An input long enough that synthesis takes a while, for abort tests. */
  longText?: string;
  /** Same input twice gives byte-identical audio (local engines). Default true. */
  deterministic?: boolean;
  /** Per-test timeout. Default 30 000 ms. */
  timeoutMs?: number;
  /** Test-name prefix. Default `engine conformance`. */
  prefix?: string;
};

const defaultText = 'Hello from the conformance suite. This is a second sentence.';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Call options for plain text, in whichever form the engine accepts. */
function textCall(
  engine: EngineV1,
  text: string,
  extra: Partial<EngineV1CallOptions> = {},
): EngineV1CallOptions {
  const isText = engine.capabilities.ssml.dialect === 'text';
  return {
    input: isText ? text : `<speak>${escapeXml(text)}</speak>`,
    inputType: isText ? 'text' : 'ssml',
    format: 'pcm',
    ...extra,
  };
}

function audioLength(result: EngineV1Result): number {
  return result.audio.type === 'pcm'
    ? result.audio.samples.length
    : result.audio.data.byteLength;
}

function audioBytes(result: EngineV1Result): Uint8Array {
  const audio = result.audio;
  return audio.type === 'pcm'
    ? new Uint8Array(
        audio.samples.buffer,
        audio.samples.byteOffset,
        audio.samples.byteLength,
      )
    : audio.data;
}

async function expectAbort(
  expect: ExpectFunction,
  promise: PromiseLike<unknown>,
): Promise<void> {
  const error = await Promise.resolve(promise).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error, 'the call should reject when aborted').toBeDefined();
  const named = error instanceof Error && /abort/i.test(`${error.name} ${error.message}`);
  expect(
    AbortError.isInstance(error) || named,
    `expected an abort error, got ${String(error)}`,
  ).toBe(true);
}

/** Identity, capabilities and the basic synthesis contract. */
export function engineBasicTests(
  test: TestFunction,
  options: EngineConformanceOptions,
): void {
  const prefix = options.prefix ?? 'engine conformance';
  const timeout = options.timeoutMs ?? 30_000;
  const text = options.text ?? defaultText;

  test(
    `${prefix}: declares its identity and capabilities`,
    async ({ expect }) => {
      const engine = await options.createEngine();
      expect(engine.specificationVersion).toBe('v1');
      expect(typeof engine.engine === 'string' && engine.engine.length > 0).toBe(true);
      expect(typeof engine.voice === 'string' && engine.voice.length > 0).toBe(true);
      const capabilities = engine.capabilities;
      expect(typeof capabilities.ssml.dialect).toBe('string');
      const limits = [capabilities.maxInput].flat();
      expect(limits.length).toBeGreaterThan(0);
      for (const limit of limits) {
        expect(['utf8-bytes', 'utf16', 'billed-chars']).toContain(limit.unit);
        expect(limit.max).toBeGreaterThan(0);
      }
      expect(capabilities.formats.length).toBeGreaterThan(0);
      for (const format of capabilities.formats)
        expect(format.sampleRates.length).toBeGreaterThan(0);
      expect(['none', 'real', 'estimated']).toContain(capabilities.wordTimings);
    },
    timeout,
  );

  test(
    `${prefix}: synthesizes non-empty audio in a declared format`,
    async ({ expect }) => {
      const engine = await options.createEngine();
      const result = await engine.doSynthesize(textCall(engine, text));
      expect(audioLength(result)).toBeGreaterThan(0);
      const declared = engine.capabilities.formats.find((format) =>
        result.audio.type === 'pcm'
          ? format.format === 'pcm'
          : format.format === result.audio.format,
      );
      expect(declared, 'the audio format must be one the engine declares').toBeDefined();
      expect(declared?.sampleRates).toContain(result.audio.sampleRate);
      expect(Array.isArray(result.warnings)).toBe(true);
      expect(result.response.timestamp).toBeInstanceOf(Date);
    },
    timeout,
  );

  test(
    `${prefix}: word timings are ordered and point into the input`,
    async ({ expect }) => {
      const engine = await options.createEngine();
      const call = textCall(engine, text);
      const result = await engine.doSynthesize(call);
      if (engine.capabilities.wordTimings === 'none') {
        expect(result.words).toEqual([]);
        return;
      }
      expect(result.words.length).toBeGreaterThan(0);
      let previousStart = -1;
      for (const word of result.words) {
        expect(word.startMs).toBeGreaterThanOrEqual(previousStart);
        expect(word.endMs).toBeGreaterThanOrEqual(word.startMs);
        expect(word.inputStart).toBeGreaterThanOrEqual(0);
        expect(word.inputEnd).toBeGreaterThan(word.inputStart);
        expect(word.inputEnd).toBeLessThanOrEqual(call.input.length);
        previousStart = word.startMs;
      }
      const first = result.words[0];
      expect(call.input.slice(first?.inputStart, first?.inputEnd)).toBe(
        text.split(/\s+/)[0],
      );
    },
    timeout,
  );

  test(
    `${prefix}: rejects at once when the signal is already aborted`,
    async ({ expect }) => {
      const engine = await options.createEngine();
      const controller = new AbortController();
      controller.abort();
      await expectAbort(
        expect,
        engine.doSynthesize(textCall(engine, text, { abortSignal: controller.signal })),
      );
    },
    timeout,
  );

  test(
    `${prefix}: rejects promptly when aborted mid-synthesis`,
    async ({ expect }) => {
      const engine = await options.createEngine();
      const longText =
        options.longText ?? Array.from({ length: 60 }, () => text).join(' ');
      const controller = new AbortController();
      const promise = engine.doSynthesize(
        textCall(engine, longText, { abortSignal: controller.signal }),
      );
      setTimeout(() => controller.abort(), 5);
      const startedAt = Date.now();
      await expectAbort(expect, promise);
      expect(Date.now() - startedAt).toBeLessThan(5_000);
    },
    timeout,
  );

  if (options.deterministic ?? true) {
    test(
      `${prefix}: the same input gives identical audio`,
      async ({ expect }) => {
        const engine = await options.createEngine();
        const first = await engine.doSynthesize(textCall(engine, text));
        const second = await engine.doSynthesize(textCall(engine, text));
        expect(
          Buffer.from(audioBytes(second)).equals(Buffer.from(audioBytes(first))),
        ).toBe(true);
      },
      timeout,
    );
  }
}

/** SSML input, marks and streaming, each only where the engine declares it. */
export function engineFeatureTests(
  test: TestFunction,
  options: EngineConformanceOptions,
): void {
  const prefix = options.prefix ?? 'engine conformance';
  const timeout = options.timeoutMs ?? 30_000;
  const text = options.text ?? defaultText;

  test(
    `${prefix}: accepts SSML in its dialect and reports marks`,
    async ({ expect }) => {
      const engine = await options.createEngine();
      if (engine.capabilities.ssml.dialect === 'text') return;
      const input = `<speak>One <mark name="middle"/> two <break time="300ms"/> three.</speak>`;
      const result = await engine.doSynthesize({
        input,
        inputType: 'ssml',
        format: 'pcm',
      });
      expect(audioLength(result)).toBeGreaterThan(0);
      if (engine.capabilities.marks) {
        expect(result.marks.map((mark) => mark.name)).toContain('middle');
      }
    },
    timeout,
  );

  test(
    `${prefix}: streams audio parts and then finishes`,
    async ({ expect }) => {
      const engine = await options.createEngine();
      if (!engine.capabilities.streaming || !engine.doStream) {
        expect(engine.capabilities.streaming && !engine.doStream).toBe(false);
        return;
      }
      const { stream } = await engine.doStream(textCall(engine, text));
      const parts: EngineV1StreamPart[] = [];
      for await (const part of stream as unknown as AsyncIterable<EngineV1StreamPart>)
        parts.push(part);
      expect(parts.some((part) => part.type === 'audio-delta')).toBe(true);
      expect(parts.at(-1)?.type).toBe('finish');
    },
    timeout,
  );
}

/** Every engine test group. Switch groups off by calling them one by one. */
export function engineConformanceSuite(
  test: TestFunction,
  options: EngineConformanceOptions,
): void {
  engineBasicTests(test, options);
  engineFeatureTests(test, options);
}
