import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSynthesizer } from '@ttskit/core';
import { MockEngine } from '@ttskit/core/test-kit';
import { describe, expect, it } from 'vitest';
import { useFakeService, VOICE } from './helpers';

const fake = useFakeService();

/** Words from the shared corpus (The Time Machine). */
function bookText(wordCount: number): string {
  const path = join(
    import.meta.dirname,
    '../../../../shared/corpus/books/the-time-machine.paragraphs.txt',
  );
  const words = readFileSync(path, 'utf8').split(/\s+/).filter(Boolean);
  return words.slice(20, 20 + wordCount).join(' ');
}

describe('through createSynthesizer', () => {
  it('falls back to the next engine when Azure answers 503 on every attempt, and says which engine served', async () => {
    const service = await fake.service();
    service.behaviour.upgrade = { status: 503, body: 'busy' };
    const before = service.upgrades.length;
    const backup = new MockEngine({ engine: 'backup' });
    const tts = createSynthesizer({
      engine: [(await fake.provider())(VOICE), backup],
      retry: { maxRetries: 2, initialDelayMs: 1, maxDelayMs: 5 },
      memoryCache: false,
    });
    const result = await tts.synthesize({ text: 'Fall back, please.', format: 'wav' });
    expect(result.engine).toBe('backup');
    expect(service.upgrades.length - before).toBe(3); // core's attempts only
  });

  it('a text above 64 KB of SSML is sent in chunks that each fit, and words map back to the text', async () => {
    const service = await fake.service();
    const text = bookText(14_000);
    expect(Buffer.byteLength(text)).toBeGreaterThan(70_000);
    const tts = createSynthesizer({
      engine: (await fake.provider())(VOICE),
      memoryCache: false,
    });
    const before = service.turns.length;
    const result = await tts.synthesize({ text, format: 'pcm', sampleRate: 8000 });
    const turns = service.turns.slice(before);
    expect(turns.length).toBeGreaterThan(1);
    for (const turn of turns)
      expect(Buffer.byteLength(turn.ssml)).toBeLessThanOrEqual(65_536);
    const sample = result.words.filter((_, index) => index % 997 === 0);
    for (const word of sample)
      expect(text.slice(word.sourceStart, word.sourceEnd)).toBe(word.text);
    for (let index = 1; index < result.words.length; index++)
      expect(result.words[index]?.startMs).toBeGreaterThanOrEqual(
        result.words[index - 1]?.startMs ?? 0,
      );
  }, 60_000);
});
