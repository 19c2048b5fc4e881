import { describe, expect, it } from 'vitest';
import { planAudioOutput } from './google-audio-output';

describe('planAudioOutput', () => {
  it('maps formats to Google encodings', () => {
    expect(planAudioOutput({ format: 'wav' })).toEqual({
      audioEncoding: 'LINEAR16',
      warnings: [],
    });
    expect(planAudioOutput({ format: 'pcm', sampleRate: 8_000 })).toEqual({
      audioEncoding: 'LINEAR16',
      sampleRateHertz: 8_000,
      warnings: [],
    });
    expect(planAudioOutput({ format: 'mp3', sampleRate: 44_100 })).toEqual({
      audioEncoding: 'MP3',
      sampleRateHertz: 44_100,
      warnings: [],
    });
    expect(planAudioOutput({ format: 'ogg_opus', sampleRate: 48_000 })).toEqual({
      audioEncoding: 'OGG_OPUS',
      sampleRateHertz: 48_000,
      warnings: [],
    });
  });

  it('falls back with a warning for rates the encoding cannot have', () => {
    expect(planAudioOutput({ format: 'mp3', sampleRate: 96_000 })).toMatchObject({
      audioEncoding: 'LINEAR16',
      warnings: [{ setting: 'sampleRate' }, { setting: 'sampleRate' }],
    });
    expect(planAudioOutput({ format: 'wav', sampleRate: 96_000 })).not.toHaveProperty(
      'sampleRateHertz',
    );
    expect(planAudioOutput({ format: 'ogg_opus', sampleRate: 22_050 })).toMatchObject({
      audioEncoding: 'OGG_OPUS',
      warnings: [{ type: 'unsupported-setting', setting: 'sampleRate' }],
    });
  });
});
