import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseSsml, SsmlLoweringError, serializeSsml, validateSsml } from '@ttskit/ssml';
import { describe, expect, it } from 'vitest';
import { TtsError } from '../spec/errors/tts-error';
import { MockEngine } from '../test-kit/mock-engine';
import { createSynthesizer } from './synthesizer';

describe('SSML lowering in the synthesizer', () => {
  it('throws a typed error under strictSsml instead of dropping what the engine cannot take', async () => {
    const tts = createSynthesizer({ engine: new MockEngine() });
    const ssml = '<speak><prosody pitch="high">Hello</prosody></speak>';
    const relaxed = await tts.synthesize({ ssml });
    expect(relaxed.warnings).toContainEqual(
      expect.objectContaining({
        type: 'ssml-lowered',
        action: 'dropped',
        attribute: 'pitch',
      }),
    );
    const error = await tts
      .synthesize({ ssml, strictSsml: true })
      .catch((caught) => caught);
    expect(SsmlLoweringError.isInstance(error)).toBe(true);
    expect(TtsError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ line: 1, column: 8 });
  });

  it('never fetches what SSML points at (audio src, lexicon uri), in any step', async () => {
    let requests = 0;
    const server = createServer((_request, response) => {
      requests++;
      response.end('<lexicon/>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const base = `http://127.0.0.1:${port}`;
      const ssml = `<speak><lexicon uri="${base}/lexicon.pls" xml:id="l"/><lookup ref="l">word</lookup> <audio src="${base}/clip.mp3">fallback</audio> <audio src="file:///etc/passwd"/> <mstts:backgroundaudio src="${base}/bg.mp3"/></speak>`;
      const document = parseSsml(ssml);
      for (const dialect of [
        'w3c',
        'google',
        'azure',
        'polly',
        'espeak',
        'text',
      ] as const) {
        serializeSsml(document, { dialect });
        validateSsml(document, { dialect });
      }
      const tts = createSynthesizer({ engine: new MockEngine() });
      await tts.synthesize({ ssml });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(requests).toBe(0);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
