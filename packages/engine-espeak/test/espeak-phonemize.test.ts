import { InvalidArgumentError } from '@ttskit/core/spec';
import { afterAll, describe, expect, it } from 'vitest';
import { createEspeakEngine } from '../src/index';
import { rejectionOf, textCall } from './helpers';

const espeak = createEspeakEngine({ workers: 1, warmUp: false });
afterAll(() => espeak.dispose());

describe('espeak.phonemize', () => {
  it('gives IPA clause by clause, in the form Piper voices use', async () => {
    const [english, british, french] = await Promise.all([
      espeak.phonemize(['Hello world, how are you?', '  ']),
      espeak.phonemize([''], { voice: 'en-gb' }),
      espeak.phonemize(['Bonjour le monde.'], { voice: 'fr' }),
    ]);
    const [hello, blank] = english;
    expect(blank).toEqual([]);
    const empty = british[0];
    expect(hello).toEqual(['həlˈoʊ wˈɜːld', 'hˈaʊ ɑːɹ juː']);
    expect(empty).toEqual([]);
    expect(french[0]?.join(' ')).toMatch(/^bɔ̃ʒˈuʁ/);
  });

  it('runs on the synthesis workers: espeak is loaded once', async () => {
    const result = await espeak('en-us').doSynthesize(textCall('Hello.'));
    expect(result.audio.type).toBe('pcm');
    const [clauses] = await espeak.phonemize(['Numbers like 42 are spelled out.']);
    expect(clauses?.[0]).toContain('fˈɔːɹɾi tˈuː');
  });

  it('rejects an unknown voice with InvalidArgumentError, before any work', async () => {
    const error = await rejectionOf(espeak.phonemize(['Hi'], { voice: 'xx-nowhere' }));
    expect(InvalidArgumentError.isInstance(error)).toBe(true);
  });

  it('rejects at once when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await rejectionOf(
      espeak.phonemize(['Hi'], { abortSignal: controller.signal }),
    );
    expect(String(error)).toMatch(/abort/i);
  });
});
