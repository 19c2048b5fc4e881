import { guardLoopbackOnly, type LoopbackGuard } from '@ttskit/core/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAzureEngine } from '../src/index';
import { collect, rejectionOf } from './helpers';

// Against the real service, only with credentials:
//   AZURE_SPEECH_KEY=... AZURE_SPEECH_REGION=westeurope npx vitest run test/live.test.ts
const key = process.env.AZURE_SPEECH_KEY;
const region = process.env.AZURE_SPEECH_REGION;
const live = Boolean(key && region);
if (!live)
  console.info(
    '[engine-azure] live tests skipped: set AZURE_SPEECH_KEY and AZURE_SPEECH_REGION to run them against Azure AI Speech',
  );

const guardKey = Symbol.for('ttskit.engine-azure.loopbackGuard');
const state = globalThis as { [guardKey]?: LoopbackGuard };

describe.skipIf(!live)('live Azure AI Speech', () => {
  const azure = createAzureEngine();
  beforeAll(() => state[guardKey]?.restore());
  afterAll(async () => {
    await azure.dispose();
    state[guardKey] = guardLoopbackOnly();
  });

  it('synthesizes with word boundaries and bookmarks mapped into the input', async () => {
    const input =
      '<speak version="1.0" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="en-US">' +
      '<voice name="en-US-AvaMultilingualNeural">Hello <bookmark mark="middle"/> wide world.</voice></speak>';
    const result = await azure('en-US-AvaMultilingualNeural').doSynthesize({
      input,
      inputType: 'ssml',
      format: 'pcm',
    });
    expect(result.audio.type).toBe('pcm');
    expect(
      result.words.map((word) => input.slice(word.inputStart, word.inputEnd)),
    ).toEqual(['Hello', 'wide', 'world']);
    expect(result.marks.map((mark) => mark.name)).toEqual(['middle']);
  }, 30_000);

  it('streams PCM and lists voices', async () => {
    const engine = azure('en-US-AvaMultilingualNeural');
    const { stream } = await (engine.doStream as NonNullable<typeof engine.doStream>)({
      input: 'Grüße, 世界.',
      inputType: 'text',
      format: 'pcm',
    });
    const parts = await collect(stream);
    expect(parts.some((part) => part.type === 'audio-delta')).toBe(true);
    const voices = await azure.voices();
    expect(voices.some((voice) => voice.id === 'en-US-AvaMultilingualNeural')).toBe(true);
  }, 30_000);

  it('a wrong key is a non-retryable 401', async () => {
    const wrong = createAzureEngine({ apiKey: '0'.repeat(32), region });
    const error = await rejectionOf(
      wrong().doSynthesize({ input: 'x', inputType: 'text', format: 'pcm' }),
    );
    expect(error).toMatchObject({ statusCode: 401, isRetryable: false });
  }, 30_000);
});
