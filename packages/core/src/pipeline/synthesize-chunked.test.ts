import { describe, expect, it } from 'vitest';
import { bytesToPcm } from '../audio/pcm-bytes';
import { createMemoryCache } from '../cache/memory-cache';
import { EngineCallError } from '../spec/errors/engine-call-error';
import { MockEngine } from '../test-kit/mock-engine';
import type { AudioChunk } from './synthesis-request';
import { createSynthesizer } from './synthesizer';

const paragraphs = [
  'The first paragraph is short.',
  'The second paragraph has a few more words in it. It has two sentences as well.',
  'A third paragraph closes the text. It is the last one.',
];

function limitedEngine(max: number, delayMs = 0) {
  let running = 0;
  let peak = 0;
  const engine: MockEngine = new MockEngine({
    capabilities: { maxInput: { unit: 'utf16', max } },
    doSynthesize: async (callOptions) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      running--;
      return new MockEngine().doSynthesize(callOptions);
    },
  });
  return { engine, peak: () => peak };
}

describe('long inputs in chunks', () => {
  it('splits to the engine limit, synthesizes chunks in parallel and stitches them in order', async () => {
    const { engine, peak } = limitedEngine(60, 20);
    const tts = createSynthesizer({ engine, concurrency: 4, memoryCache: false });
    const text = paragraphs.join('\n\n');
    const seen: AudioChunk[] = [];
    const result = await tts.synthesize({
      text,
      format: 'pcm',
      onChunk: (chunk) => {
        seen.push(chunk);
      },
    });
    expect(engine.calls.length).toBeGreaterThan(3);
    expect(engine.calls.every((call) => call.input.length <= 60)).toBe(true);
    expect(peak()).toBeGreaterThan(1);
    expect(seen.map((chunk) => chunk.index)).toEqual(seen.map((_, index) => index));
    // every word is timed in order and points at its own text in the caller's input
    const words = result.words;
    expect(words.map((word) => word.text).join(' ')).toBe(
      text.replace(/[.,]/g, '').split(/\s+/).join(' '),
    );
    for (const word of words)
      expect(text.slice(word.sourceStart, word.sourceEnd)).toBe(word.text);
    for (let index = 1; index < words.length; index++)
      expect(words[index]?.startMs).toBeGreaterThan(words[index - 1]?.startMs ?? 0);
    // audio = every chunk's tone plus the pauses between them
    const samples = bytesToPcm(result.audio);
    const chunkSamples = seen.reduce((total, chunk) => total + chunk.samples.length, 0);
    expect(samples.length).toBe(chunkSamples);
    expect(seen.flatMap((chunk) => chunk.words)).toEqual(result.words);
  });

  it('caches each chunk, so editing one paragraph re-synthesizes only that paragraph', async () => {
    const { engine } = limitedEngine(80);
    const tts = createSynthesizer({ engine });
    await tts.synthesize({ text: paragraphs.join('\n\n') });
    const callsBefore = engine.calls.length;
    const edited = [paragraphs[0], 'An edited middle paragraph.', paragraphs[2]].join(
      '\n\n',
    );
    const result = await tts.synthesize({ text: edited });
    expect(engine.calls.slice(callsBefore).map((call) => call.input)).toEqual([
      'An edited middle paragraph.',
    ]);
    expect(result.cached).toBe(false);
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ message: expect.stringContaining('2 from the cache') }),
    );
    // chunk lookups are reported on their own, apart from the requests' hit ratio
    expect(tts.stats()).toMatchObject({ chunkCacheHits: 2, chunkCacheMisses: 4 });
    const events: string[] = [];
    tts.on('*', (event) => {
      if (event.type.startsWith('chunk-cache'))
        events.push(`${event.type} ${'store' in event ? event.store : ''}`);
    });
    await tts.synthesize({ text: edited, cache: false });
    expect(events).toEqual([
      'chunk-cache-hit memory',
      'chunk-cache-hit memory',
      'chunk-cache-hit memory',
    ]);
  });

  it('retries a failing chunk on its own', async () => {
    let failures = 1;
    const engine = new MockEngine({
      capabilities: { maxInput: { unit: 'utf16', max: 60 } },
      doSynthesize: async (callOptions) => {
        if (callOptions.input.startsWith('A third') && failures-- > 0)
          throw new EngineCallError({
            message: 'flaky',
            engine: 'mock',
            isRetryable: true,
          });
        return new MockEngine().doSynthesize(callOptions);
      },
    });
    const tts = createSynthesizer({
      engine,
      retry: { maxRetries: 2 },
      memoryCache: false,
      _internal: { wait: async () => {}, random: () => 0 },
    });
    const result = await tts.synthesize({ text: paragraphs.join('\n\n') });
    const inputs = engine.calls.map((call) => call.input);
    expect(inputs.filter((input) => input.startsWith('A third'))).toHaveLength(2);
    expect(inputs.filter((input) => input.startsWith('The first'))).toHaveLength(1);
    expect(result.audio.byteLength).toBeGreaterThan(0);
  });
});

describe('chunkMax: smaller chunks than the engine takes', () => {
  it('splits long input in parallel chunks, and a failed request resumes from the chunks it cached', async () => {
    const { engine, peak } = limitedEngine(100_000, 10);
    const text = paragraphs.join('\n\n');
    const tts = createSynthesizer({ engine, chunkMax: 60, concurrency: 3 });
    const whole = await createSynthesizer({ engine: new MockEngine() }).synthesize({
      text,
    });
    const result = await tts.synthesize({ text });
    const inputs = engine.calls.map((call) => call.input);
    expect(inputs.length).toBeGreaterThanOrEqual(3);
    expect(inputs.every((input) => input.length <= 60)).toBe(true);
    expect(peak()).toBeGreaterThan(1);
    expect(result.words.map((word) => word.text)).toEqual(
      whole.words.map((word) => word.text),
    );
    // chunking was asked for, not forced by the engine's limit: no warning about it
    expect(result.warnings).toEqual([]);

    // the last paragraph fails for good; the others are cached and not asked for again
    let failing = true;
    const flaky = new MockEngine({
      doSynthesize: async (callOptions) => {
        if (failing && callOptions.input.startsWith('A third'))
          throw new EngineCallError({
            message: 'down',
            engine: 'mock',
            isRetryable: false,
          });
        return new MockEngine().doSynthesize(callOptions);
      },
    });
    const shared = createMemoryCache();
    const first = createSynthesizer({
      engine: flaky,
      chunkMax: 60,
      cache: shared,
      memoryCache: false,
    });
    await expect(first.synthesize({ text })).rejects.toThrow(EngineCallError);
    const callsBefore = flaky.calls.length;
    failing = false;
    const retried = await first.synthesize({ text });
    expect(flaky.calls.slice(callsBefore).map((call) => call.input)).toEqual(
      inputs.filter((input) => input.startsWith('A third')),
    );
    expect(retried.words).toHaveLength(whole.words.length);
    expect(() => createSynthesizer({ engine, chunkMax: 10 })).toThrow(/chunkMax/);
  });
});

describe('engines with several input limits', () => {
  it('keeps every chunk within all of them (Polly: billed and total characters)', async () => {
    const engine = new MockEngine({
      capabilities: {
        ssml: { dialect: 'w3c' },
        maxInput: [
          { unit: 'billed-chars', max: 60 },
          { unit: 'utf16', max: 170 },
        ],
      },
    });
    const tts = createSynthesizer({ engine, memoryCache: false });
    const sentence =
      '<prosody rate="120%"><emphasis>Several words here.</emphasis></prosody> ';
    await tts.synthesize({ ssml: `<speak>${sentence.repeat(8)}</speak>` });
    expect(engine.calls.length).toBeGreaterThan(2);
    for (const call of engine.calls) expect(call.input.length).toBeLessThanOrEqual(170);
  });
});
