import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSynthesizer } from '@ttskit/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakePollyServer, startFakePolly } from './fake-polly/fake-polly-server';
import { audioRequests, pollyForFake } from './helpers';

/** Text from the shared corpus (The Time Machine), cut at a word. */
function bookText(characters: number): string {
  const path = join(
    import.meta.dirname,
    '../../../../shared/corpus/books/the-time-machine.paragraphs.txt',
  );
  return readFileSync(path, 'utf8')
    .slice(2000, 2000 + characters)
    .replace(/\s+\S*$/, '');
}

let fake: FakePollyServer;
let polly: ReturnType<typeof pollyForFake>;
beforeAll(async () => {
  fake = await startFakePolly();
  polly = pollyForFake(fake);
});
beforeEach(() => {
  fake.requests.length = 0;
  // long audio: big chunks, no pauses
  fake.chunking = { bytes: 65_536, delayMs: 0 };
});
afterAll(async () => {
  await polly.dispose();
  await fake.close();
});

// The fake answers 400 TextLengthExceededException above 3,000 billed or
// 6,000 total characters, as Polly does.
describe('inputs above Polly limits, through createSynthesizer', () => {
  it('chunks a text above 3,000 billed characters into requests Polly accepts', async () => {
    const text = bookText(7_500);
    const tts = createSynthesizer({ engine: polly('Joanna'), memoryCache: false });
    const result = await tts.synthesize({ text, format: 'pcm' });
    await tts.dispose();
    expect(audioRequests(fake).length).toBeGreaterThanOrEqual(3);
    expect(result.engine).toBe('polly');
    const first = result.words
      .slice(0, 3)
      .map((word) => text.slice(word.sourceStart, word.sourceEnd));
    expect(first).toEqual(result.words.slice(0, 3).map((word) => word.text));
  });

  it('chunks markup-heavy SSML under 3,000 billed but above 6,000 total characters', async () => {
    const words = bookText(2_400).split(/\s+/);
    const ssml = `<speak>${words.map((word) => `<prosody volume="loud">${word.replace(/[<&>]/g, '')}</prosody>`).join(' ')}</speak>`;
    expect(ssml.length).toBeGreaterThan(6000);
    const tts = createSynthesizer({ engine: polly('Joanna'), memoryCache: false });
    const result = await tts.synthesize({ ssml, format: 'wav' });
    await tts.dispose();
    const requests = audioRequests(fake);
    expect(requests.length).toBeGreaterThanOrEqual(2);
    for (const request of requests)
      expect(String(request.json?.Text).length).toBeLessThanOrEqual(6000);
    expect(result.engine).toBe('polly');
  });

  it('speaks a long text as MP3: chunks come back as PCM, core encodes the whole', async () => {
    const text = bookText(4_000);
    const tts = createSynthesizer({ engine: polly('Joanna'), memoryCache: false });
    const result = await tts.synthesize({ text, format: 'mp3' });
    await tts.dispose();
    expect(
      audioRequests(fake).every((request) => request.json?.OutputFormat === 'pcm'),
    ).toBe(true);
    expect(result).toMatchObject({ engine: 'polly', format: 'mp3' });
    expect(result.audio.byteLength).toBeGreaterThan(1000);
  });
});
