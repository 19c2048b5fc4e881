import { describe, expect, it } from 'vitest';
import { chooseOutputFormat } from './output-formats';

function choose(
  format: 'pcm' | 'wav' | 'mp3' | 'ogg_opus',
  sampleRate?: number,
  streaming = false,
) {
  return chooseOutputFormat({ format, sampleRate, streaming });
}

describe('chooseOutputFormat', () => {
  it('asks for raw PCM for pcm and wav (core writes the WAV header), 24 kHz by default', () => {
    expect(choose('wav').outputFormat).toEqual({
      sdkName: 'Raw24Khz16BitMonoPcm',
      wireName: 'raw-24khz-16bit-mono-pcm',
      kind: 'pcm',
      sampleRate: 24_000,
    });
    expect(choose('pcm', 44_100).outputFormat.wireName).toBe(
      'raw-44100hz-16bit-mono-pcm',
    );
  });

  it('takes the next higher PCM rate for one Azure lacks, else the highest, silently', () => {
    expect(choose('pcm', 11_025)).toMatchObject({
      outputFormat: { sampleRate: 16_000 },
      warnings: [],
    });
    expect(choose('pcm', 96_000)).toMatchObject({
      outputFormat: { sampleRate: 48_000 },
      warnings: [],
    });
  });

  it('streams PCM whatever the format', () => {
    expect(choose('mp3', 16_000, true).outputFormat.wireName).toBe(
      'raw-16khz-16bit-mono-pcm',
    );
  });

  it('MP3 at 16, 24 and 48 kHz; other rates fall back to PCM with a warning', () => {
    expect(choose('mp3', 16_000).outputFormat.wireName).toBe(
      'audio-16khz-128kbitrate-mono-mp3',
    );
    expect(choose('mp3').outputFormat.wireName).toBe('audio-24khz-160kbitrate-mono-mp3');
    const fallback = choose('mp3', 44_100);
    expect(fallback.outputFormat.wireName).toBe('raw-44100hz-16bit-mono-pcm');
    expect(fallback.warnings[0]).toMatchObject({
      type: 'unsupported-setting',
      setting: 'sampleRate',
    });
  });

  it('Ogg Opus at 16, 24 and 48 kHz; other rates take the closest with a warning', () => {
    expect(choose('ogg_opus').outputFormat.wireName).toBe('ogg-24khz-16bit-mono-opus');
    const fallback = choose('ogg_opus', 8000);
    expect(fallback.outputFormat.wireName).toBe('ogg-16khz-16bit-mono-opus');
    expect(fallback.warnings).toHaveLength(1);
  });
});
