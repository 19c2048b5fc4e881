import { SsmlParseError } from '@ttskit/ssml';
import { describe, expect, it } from 'vitest';
import { createMemoryCache } from '../cache/memory-cache';
import { EngineCallError } from '../spec/errors/engine-call-error';
import { InvalidArgumentError } from '../spec/errors/invalid-argument-error';
import { TtsError } from '../spec/errors/tts-error';
import type { CacheStoreV1 } from '../spec/v1/cache-store-v1';
import { MockEngine } from '../test-kit/mock-engine';
import type { SynthesisEvent } from './synthesis-events';
import { createSynthesizer } from './synthesizer';

const noWait = { wait: async () => {}, random: () => 0 };

describe('createSynthesizer', () => {
  it('makes exactly one engine call for 100 concurrent identical requests, then serves the cache', async () => {
    const engine = new MockEngine({ delayMs: 30 });
    const tts = createSynthesizer({ engine });
    const results = await Promise.all(
      Array.from({ length: 100 }, () => tts.synthesize({ text: 'Hello there, world.' })),
    );
    expect(engine.calls).toHaveLength(1);
    expect(new Set(results.map((result) => result.key)).size).toBe(1);
    expect(
      results.every((result) => result.audio.byteLength === results[0]?.audio.byteLength),
    ).toBe(true);
    const next = await tts.synthesize({ text: 'Hello there, world.' });
    expect(next.cached).toBe(true);
    expect(engine.calls).toHaveLength(1);
    expect(Buffer.from(next.audio).equals(Buffer.from(results[0]?.audio ?? []))).toBe(
      true,
    );
    expect(tts.stats().cacheHits).toBe(1);
  });

  it('gives equivalent inputs one key and changes it when anything audible changes', async () => {
    const tts = createSynthesizer({ engine: new MockEngine(), memoryCache: false });
    const key = async (request: Parameters<typeof tts.synthesize>[0]) =>
      (await tts.synthesize(request)).key;
    const base = await key({ text: 'Hi there' });
    expect(await key({ ssml: '<speak>Hi there</speak>' })).toBe(base);
    expect(
      await key({
        ssml: '<speak version="1.1" xmlns="http://www.w3.org/2001/10/synthesis">  Hi   there </speak>',
      }),
    ).toBe(base);
    const prosody = await key({
      ssml: `<speak><prosody rate="slow" pitch='+2st'>Hi there</prosody></speak>`,
    });
    expect(
      await key({
        ssml: `<speak><prosody pitch="+2st" rate='slow'>Hi there</prosody></speak>`,
      }),
    ).toBe(prosody);
    expect(prosody).not.toBe(base);
    expect(await key({ text: 'Hi there!' })).not.toBe(base);
    expect(await key({ text: 'Hi there', format: 'mp3' })).not.toBe(base);
    expect(await key({ text: 'Hi there', sampleRate: 8000 })).not.toBe(base);
    expect(await key({ text: 'Hi there', language: 'en-GB' })).not.toBe(base);
    expect(
      await key({ text: 'Hi there', engineOptions: { mock: { pitch: 3 } } }),
    ).not.toBe(base);
    expect(await key({ text: 'Hi there', engineOptions: { other: { pitch: 3 } } })).toBe(
      base,
    );
  });

  it('gives every caller audio of its own: changing a result never changes a later one', async () => {
    const tts = createSynthesizer({ engine: new MockEngine({ delayMs: 10 }) });
    const request = { text: 'Mine to change.' };
    const [first, joined] = await Promise.all([
      tts.synthesize(request),
      tts.synthesize(request),
    ]);
    const original = first.audio.slice();
    first.audio.fill(1);
    expect(Buffer.from(joined.audio).equals(Buffer.from(original))).toBe(true);
    const hit = await tts.synthesize(request);
    expect(hit.cached).toBe(true);
    expect(Buffer.from(hit.audio).equals(Buffer.from(original))).toBe(true);
    hit.audio.fill(2);
    const again = await tts.synthesize(request);
    expect(Buffer.from(again.audio).equals(Buffer.from(original))).toBe(true);
  });

  it('hands out the cached bytes themselves, uncopied, when asked to share them', async () => {
    const tts = createSynthesizer({ engine: new MockEngine() });
    const request = { text: 'Sent as it is.' };
    const made = await tts.synthesize(request);
    const first = await tts.synthesize({ ...request, shareAudio: true });
    const second = await tts.synthesize({ ...request, shareAudio: true });
    expect(first.cached).toBe(true);
    expect(second.audio).toBe(first.audio); // the memory tier's own bytes, twice
    expect(Buffer.from(second.audio).equals(Buffer.from(made.audio))).toBe(true);
    const owned = await tts.synthesize(request);
    expect(owned.audio).not.toBe(first.audio);
    expect(tts.stats().cacheHits).toBe(3);
  });

  it("carries the caller's request id in its events", async () => {
    const tts = createSynthesizer({ engine: new MockEngine() });
    const ids = new Set<string>();
    tts.on('*', (event) => {
      if ('requestId' in event) ids.add(event.requestId);
    });
    await tts.synthesize({ text: 'Traced.', requestId: 'http-7f3a' });
    await tts.synthesize({ text: 'Untraced.' });
    expect([...ids]).toEqual(['http-7f3a', expect.stringMatching(/^req_/)]);
  });

  it('tells a request key before synthesis, the same one synthesize uses', async () => {
    const engine = new MockEngine();
    const tts = createSynthesizer({ engine });
    const requests = [
      { text: 'Hi there' },
      { ssml: '<speak><prosody rate="fast">Hi</prosody></speak>' },
      { text: 'Hi there', format: 'mp3' as const },
      { text: 'Hi there', sampleRate: 16_000 },
    ];
    const keys = requests.map((request) => tts.keyOf(request));
    expect(engine.calls).toHaveLength(0);
    expect(new Set(keys).size).toBe(requests.length);
    for (const [index, request] of requests.entries()) {
      expect((await tts.synthesize(request)).key).toBe(keys[index]);
    }
    expect(tts.keyOf({ ssml: '<speak>Hi there</speak>' })).toBe(keys[0]);
    expect(() => tts.keyOf({ ssml: '<speak>' })).toThrow(SsmlParseError);
  });

  it('encodes wav, pcm and mp3 with the right duration', async () => {
    const tts = createSynthesizer({ engine: new MockEngine({ sampleRate: 16_000 }) });
    const wav = await tts.synthesize({ text: 'one two three four five' });
    expect(Buffer.from(wav.audio.subarray(0, 4)).toString('latin1')).toBe('RIFF');
    expect(wav.durationMs).toBe(1_000);
    expect(wav.sampleRate).toBe(16_000);
    const pcm = await tts.synthesize({ text: 'one two three four five', format: 'pcm' });
    expect(pcm.audio.byteLength).toBe(32_000);
    const mp3 = await tts.synthesize({ text: 'one two three four five', format: 'mp3' });
    expect(mp3.audio[0]).toBe(0xff);
    expect(Math.abs(mp3.durationMs - 1_000)).toBeLessThan(100);
    const resampled = await tts.synthesize({
      text: 'one two three four five',
      format: 'pcm',
      sampleRate: 8_000,
    });
    expect(resampled.sampleRate).toBe(8_000);
    expect(resampled.audio.byteLength).toBe(16_000);
  });

  it('maps word timings back to offsets in the caller’s SSML', async () => {
    const tts = createSynthesizer({ engine: new MockEngine() });
    const ssml =
      '<speak>Good <emphasis>morning</emphasis>,\n  <sub alias="doctor">Dr.</sub> Smith &amp; co</speak>';
    const result = await tts.synthesize({ ssml });
    const spans = result.words.map((word) =>
      ssml.slice(word.sourceStart, word.sourceEnd),
    );
    expect(spans[0]).toBe('Good');
    expect(spans[1]).toBe('morning');
    expect(spans).toContain('Smith');
    expect(spans.join(' ')).toContain('<sub alias="doctor">Dr.</sub>');
    const again = await tts.synthesize({
      ssml: '<speak>Good   <emphasis>morning</emphasis>, <sub alias="doctor">Dr.</sub>   Smith &#38; co</speak>',
    });
    expect(again.cached).toBe(true);
    expect(again.words.map((word) => word.text)).toEqual(
      result.words.map((word) => word.text),
    );
  });

  it('retries retryable engine errors and reports each retry', async () => {
    let calls = 0;
    const flaky = new MockEngine({
      doSynthesize: async (options) => {
        calls++;
        if (calls < 3)
          throw new EngineCallError({
            message: 'overloaded',
            engine: 'mock',
            statusCode: 503,
          });
        return new MockEngine().doSynthesize(options);
      },
    });
    const events: SynthesisEvent[] = [];
    const tts = createSynthesizer({
      engine: flaky,
      onEvent: (event) => events.push(event),
      _internal: noWait,
    });
    const result = await tts.synthesize({ text: 'retry me' });
    expect(result.engine).toBe('mock');
    expect(calls).toBe(3);
    expect(events.filter((event) => event.type === 'retry')).toHaveLength(2);
  });

  it('falls back to the next engine when the primary fails for good, and names the engine that served', async () => {
    const broken = new MockEngine({
      engine: 'primary',
      doSynthesize: async () => {
        throw new EngineCallError({
          message: 'unauthorized',
          engine: 'primary',
          statusCode: 401,
        });
      },
    });
    const backup = new MockEngine({ engine: 'backup', voice: 'backup-voice' });
    const events: SynthesisEvent[] = [];
    const tts = createSynthesizer({
      engine: [broken, backup],
      onEvent: (event) => events.push(event),
    });
    const result = await tts.synthesize({ text: 'hello' });
    expect(result.engine).toBe('backup');
    expect(result.voice).toBe('backup-voice');
    expect(broken.calls).toHaveLength(1);
    expect(events.some((event) => event.type === 'fallback')).toBe(true);
    const again = await tts.synthesize({ text: 'hello' });
    expect(again.cached).toBe(false);
    expect(broken.calls).toHaveLength(2);
  });

  it('rejects with the last error when every engine fails', async () => {
    const fail = (engine: string) =>
      new MockEngine({
        engine,
        doSynthesize: async () => {
          throw new Error(`${engine} down`);
        },
      });
    const tts = createSynthesizer({ engine: [fail('a'), fail('b')], _internal: noWait });
    await expect(tts.synthesize({ text: 'x' })).rejects.toSatisfy(
      (error) => EngineCallError.isInstance(error) && error.message.includes('b down'),
    );
  });

  it('turns a failing or hanging cache into a warning, never a failed synthesis', async () => {
    const hanging: CacheStoreV1 = {
      specificationVersion: 'v1',
      name: 'hanging',
      get: () => new Promise(() => {}),
      set: async () => {
        throw new Error('disk full');
      },
      has: async () => false,
      delete: async () => false,
    };
    const events: SynthesisEvent[] = [];
    const tts = createSynthesizer({
      engine: new MockEngine(),
      cache: hanging,
      memoryCache: false,
      cacheTimeoutMs: 50,
      onEvent: (event) => events.push(event),
    });
    const result = await tts.synthesize({ text: 'still works' });
    expect(result.audio.byteLength).toBeGreaterThan(44);
    expect(
      result.warnings
        .filter((warning) => warning.type === 'cache-error')
        .map((warning) => warning.type === 'cache-error' && warning.operation),
    ).toEqual(['get', 'set']);
    expect(events.filter((event) => event.type === 'cache-error')).toHaveLength(2);
  });

  it('reads through to a shared store and promotes hits to memory', async () => {
    const shared = createMemoryCache();
    const engine = new MockEngine();
    const first = createSynthesizer({ engine, cache: shared });
    await first.synthesize({ text: 'shared entry' });
    const second = createSynthesizer({ engine, cache: shared });
    const hit = await second.synthesize({ text: 'shared entry' });
    expect(hit.cached).toBe(true);
    expect(engine.calls).toHaveLength(1);
  });

  it('aborts a request through its signal without hurting others sharing it', async () => {
    const tts = createSynthesizer({ engine: new MockEngine({ delayMs: 100 }) });
    const controller = new AbortController();
    const aborted = tts.synthesize({ text: 'shared slow', signal: controller.signal });
    const kept = tts.synthesize({ text: 'shared slow' });
    setTimeout(() => controller.abort(), 10);
    await expect(aborted).rejects.toSatisfy(
      (error) => TtsError.isInstance(error) && /abort/i.test(String(error)),
    );
    expect((await kept).audio.byteLength).toBeGreaterThan(0);
  });

  it('validates requests with typed errors', async () => {
    const tts = createSynthesizer({ engine: new MockEngine() });
    const invalid = async (request: unknown, argument: string) =>
      expect(tts.synthesize(request as never)).rejects.toSatisfy(
        (error) => InvalidArgumentError.isInstance(error) && error.argument === argument,
      );
    await invalid({}, 'request');
    await invalid({ text: 'a', ssml: '<speak/>' }, 'request');
    await invalid({ text: 'a', format: 'flac' }, 'request.format');
    await invalid({ text: 'a', sampleRate: 3 }, 'request.sampleRate');
    await invalid({ text: '   ' }, 'request.text');
    await invalid({ text: 'a', language: 'not a tag' }, 'request.language');
    await expect(
      tts.synthesize({ ssml: '<speak>\n  <prosody rate="slow">oops</speak>' }),
    ).rejects.toSatisfy(
      (error) =>
        SsmlParseError.isInstance(error) &&
        TtsError.isInstance(error) &&
        error.line === 2,
    );
  });

  it('reports request timing, cache and queue events', async () => {
    const events: SynthesisEvent[] = [];
    const tts = createSynthesizer({
      engine: new MockEngine(),
      onEvent: (event) => events.push(event),
    });
    await tts.synthesize({ text: 'observe me' });
    await tts.synthesize({ text: 'observe me' });
    const types = events.map((event) => event.type);
    expect(types).toEqual([
      'request-start',
      'cache-miss',
      'engine-call-start',
      'engine-call-end',
      'request-end',
      'request-start',
      'cache-hit',
      'request-end',
    ]);
    expect(tts.stats()).toMatchObject({
      cacheHits: 1,
      cacheMisses: 1,
      cacheHitRatio: 0.5,
      activeEngineCalls: 0,
    });
  });

  it('bounds concurrent engine calls', async () => {
    let running = 0;
    let peak = 0;
    const engine = new MockEngine({
      doSynthesize: async (options) => {
        running++;
        peak = Math.max(peak, running);
        await new Promise((resolve) => setTimeout(resolve, 10));
        running--;
        return new MockEngine().doSynthesize(options);
      },
    });
    const tts = createSynthesizer({ engine, concurrency: 2 });
    await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        tts.synthesize({ text: `distinct ${index}` }),
      ),
    );
    expect(peak).toBe(2);
  });
});

describe('request keys of normalized SSML', () => {
  it('gives equivalent SSML one cache entry', async () => {
    const engine = new MockEngine();
    const tts = createSynthesizer({ engine });
    const pairs: Array<[string, string]> = [
      ['<prosody rate="fast">a b</prosody>', '<prosody rate="155%">a b</prosody>'],
      ['a<break strength="strong"/>b', 'a<break time="1s"/>b'],
      ['<prosody pitch="+2st">a</prosody>', '<prosody pitch="+12.25%">a</prosody>'],
      [
        '<say-as interpret-as="spell-out">ab</say-as>',
        '<say-as interpret-as="characters">ab</say-as>',
      ],
      ['x<bookmark mark="m"/>y', 'x<mark name="m"/>y'],
    ];
    for (const [left, right] of pairs) {
      const first = await tts.synthesize({ ssml: `<speak>${left}</speak>` });
      const second = await tts.synthesize({ ssml: `<speak>${right}</speak>` });
      expect(second.key, `${left} vs ${right}`).toBe(first.key);
      expect(second.cached).toBe(true);
    }
    const different = await tts.synthesize({
      ssml: '<speak><prosody rate="150%">a b</prosody></speak>',
    });
    expect(different.cached).toBe(false);
  });
});
