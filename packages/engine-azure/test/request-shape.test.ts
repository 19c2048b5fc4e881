import { describe, expect, it } from 'vitest';
import { samplesOf, ssmlCall, textCall, useFakeService, VOICE } from './helpers';

const fake = useFakeService();

describe('request shape', () => {
  it('upgrades to the synthesis path with the key header, then sends speech.config, synthesis.context and ssml under one request id', async () => {
    const service = await fake.service();
    const framesBefore = service.frames.length;
    const upgradesBefore = service.upgrades.length;
    const engine = (await fake.provider())(VOICE);
    await engine.doSynthesize(textCall('Hello world.'));
    const upgrade = service.upgrades[upgradesBefore];
    expect(new URL(upgrade?.url ?? '', 'http://x').pathname).toBe(
      '/tts/cognitiveservices/websocket/v1',
    );
    expect(upgrade?.headers['ocp-apim-subscription-key']).toBe(service.key);
    const frames = service.frames.slice(framesBefore);
    expect(frames.map((frame) => frame.path)).toEqual([
      'speech.config',
      'synthesis.context',
      'ssml',
    ]);
    expect(new Set(frames.map((frame) => frame.requestId)).size).toBe(1);
    const [config, context, ssml] = frames;
    expect(config?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(config?.body ?? '').context.system.name).toBe('SpeechSDK');
    expect(JSON.parse(context?.body ?? '')).toMatchObject({
      synthesis: {
        audio: {
          outputFormat: 'raw-24khz-16bit-mono-pcm',
          metadataOptions: {
            bookmarkEnabled: true,
            wordBoundaryEnabled: 'true',
            sessionEndEnabled: true,
          },
        },
      },
    });
    expect(ssml?.headers['content-type']).toBe('application/ssml+xml');
  });

  it('sends a complete Azure document: version, xmlns, xml:lang and the voice wrapping the content', async () => {
    const service = await fake.service();
    const engine = (await fake.provider())(VOICE);
    await engine.doSynthesize(textCall('Fish & chips <3'));
    expect(service.turns.at(-1)?.ssml).toBe(
      '<speak version="1.0" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="en-US">' +
        `<voice name="${VOICE}">Fish &amp; chips &lt;3</voice></speak>`,
    );
  });

  it('passes SSML already lowered to the azure dialect through unchanged', async () => {
    const service = await fake.service();
    const lowered =
      '<speak version="1.0" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="de-DE">' +
      `<voice name="${VOICE}">Hallo <bookmark mark="a"/><prosody rate="+20%">Welt</prosody></voice></speak>`;
    const result = await (await fake.provider())(VOICE).doSynthesize(ssmlCall(lowered));
    expect(service.turns.at(-1)?.ssml).toBe(lowered);
    expect(result.warnings).toEqual([]);
  });

  it('lowers other SSML for direct callers, with warnings (mark → bookmark)', async () => {
    const service = await fake.service();
    const result = await (await fake.provider())(VOICE).doSynthesize(
      ssmlCall('<speak>One <mark name="m"/> two.</speak>'),
    );
    expect(service.turns.at(-1)?.ssml).toContain('One <bookmark mark="m"/> two.');
    expect(result.warnings).toMatchObject([
      { type: 'ssml-lowered', element: 'mark', action: 'converted' },
    ]);
  });

  it('sends byte-identical SSML for the same input (stable cache keys)', async () => {
    const service = await fake.service();
    const engine = (await fake.provider())(VOICE);
    await engine.doSynthesize(textCall('Same input, same request.'));
    await engine.doSynthesize(textCall('Same input, same request.'));
    const [first, second] = service.turns.slice(-2);
    expect(second?.ssml).toBe(first?.ssml);
    expect(second?.context).toEqual(first?.context);
  });

  it.each([
    ['pcm', undefined, 'raw-24khz-16bit-mono-pcm', 'pcm', 24_000],
    ['pcm', 16_000, 'raw-16khz-16bit-mono-pcm', 'pcm', 16_000],
    ['wav', 22_050, 'raw-22050hz-16bit-mono-pcm', 'pcm', 22_050],
    ['wav', 44_100, 'raw-44100hz-16bit-mono-pcm', 'pcm', 44_100],
    ['pcm', 32_000, 'raw-44100hz-16bit-mono-pcm', 'pcm', 44_100],
    ['pcm', 8_000, 'raw-8khz-16bit-mono-pcm', 'pcm', 8_000],
    ['mp3', undefined, 'audio-24khz-160kbitrate-mono-mp3', 'mp3', 24_000],
    ['mp3', 48_000, 'audio-48khz-192kbitrate-mono-mp3', 'mp3', 48_000],
    ['ogg_opus', 16_000, 'ogg-16khz-16bit-mono-opus', 'ogg_opus', 16_000],
  ] as const)(
    'format %s at %s Hz asks for %s',
    async (format, sampleRate, wire, kind, rate) => {
      const service = await fake.service();
      const engine = (await fake.provider())(VOICE);
      const result = await engine.doSynthesize(
        textCall('Format check.', { format, ...(sampleRate ? { sampleRate } : {}) }),
      );
      expect(service.turns.at(-1)?.context.synthesis?.audio?.outputFormat).toBe(wire);
      expect(result.audio.sampleRate).toBe(rate);
      if (kind === 'pcm') expect(samplesOf(result).length).toBeGreaterThan(0);
      else expect(result.audio).toMatchObject({ type: 'encoded', format: kind });
      expect(result.warnings).toEqual([]);
    },
  );

  it('falls back with a warning when Azure lacks the rate: MP3 to PCM, Opus to its closest rate', async () => {
    const service = await fake.service();
    const engine = (await fake.provider())(VOICE);
    const mp3 = await engine.doSynthesize(
      textCall('Fallback.', { format: 'mp3', sampleRate: 22_050 }),
    );
    expect(service.turns.at(-1)?.context.synthesis?.audio?.outputFormat).toBe(
      'raw-22050hz-16bit-mono-pcm',
    );
    expect(mp3.audio.type).toBe('pcm');
    expect(mp3.warnings).toMatchObject([
      { type: 'unsupported-setting', setting: 'sampleRate' },
    ]);
    const opus = await engine.doSynthesize(
      textCall('Fallback.', { format: 'ogg_opus', sampleRate: 44_100 }),
    );
    expect(service.turns.at(-1)?.context.synthesis?.audio?.outputFormat).toBe(
      'ogg-48khz-16bit-mono-opus',
    );
    expect(opus.warnings).toMatchObject([{ type: 'unsupported-setting' }]);
  });

  it('warns that extra headers cannot be sent over the websocket', async () => {
    const engine = (await fake.provider())(VOICE);
    const result = await engine.doSynthesize(
      textCall('Headers.', { headers: { 'X-Custom': '1' } }),
    );
    expect(result.warnings).toMatchObject([
      { type: 'unsupported-setting', setting: 'headers' },
    ]);
  });
});

describe('engine options', () => {
  it('warns that engineOptions.azure is not used', async () => {
    const engine = (await fake.provider())(VOICE);
    const result = await engine.doSynthesize(
      textCall('Options.', { engineOptions: { azure: { style: 'cheerful' } } }),
    );
    expect(result.warnings).toMatchObject([
      { type: 'unsupported-setting', setting: 'engineOptions.azure' },
    ]);
  });
});
