import { describe, expect, it } from 'vitest';
import { choosePollyOutput } from './polly-output-format';

const pick = (options: Partial<Parameters<typeof choosePollyOutput>[0]>) => {
  const choice = choosePollyOutput({ format: 'wav', engineType: 'neural', ...options });
  return `${choice.outputFormat}@${choice.sampleRate}${choice.warnings.length ? ' (warning)' : ''}`;
};

describe('choosePollyOutput', () => {
  it('maps wav and pcm to Polly pcm at 8 or 16 kHz, warning above 16 kHz', () => {
    expect(pick({})).toBe('pcm@16000');
    expect(pick({ format: 'pcm', sampleRate: 8000 })).toBe('pcm@8000');
    expect(pick({ sampleRate: 11_025 })).toBe('pcm@16000');
    expect(pick({ sampleRate: 24_000 })).toBe('pcm@16000 (warning)');
  });

  it('passes mp3 and ogg_opus through at a rate Polly offers, else falls back to pcm', () => {
    expect(pick({ format: 'mp3' })).toBe('mp3@24000');
    expect(pick({ format: 'mp3', engineType: 'standard' })).toBe('mp3@22050');
    expect(pick({ format: 'mp3', sampleRate: 44_100 })).toBe('mp3@44100');
    expect(pick({ format: 'mp3', sampleRate: 32_000 })).toBe('pcm@16000 (warning)');
    expect(pick({ format: 'ogg_opus' })).toBe('ogg_opus@48000');
    expect(pick({ format: 'ogg_opus', sampleRate: 24_000 })).toBe('pcm@16000 (warning)');
  });

  it('always streams pcm', () => {
    expect(pick({ format: 'mp3', streaming: true })).toBe('pcm@16000');
    expect(pick({ format: 'mp3', sampleRate: 24_000, streaming: true })).toBe(
      'pcm@16000 (warning)',
    );
  });
});
