import { describe, expect, it } from 'vitest';
import { parseGoogleEngineOptions } from './google-engine-options';

describe('engineOptions.google', () => {
  it('accepts the audioConfig options in range', () => {
    expect(
      parseGoogleEngineOptions({
        speakingRate: 0.5,
        pitch: 20,
        volumeGainDb: -96,
        effectsProfileId: ['telephony-class-application'],
        ignored: undefined,
      }),
    ).toEqual({
      speakingRate: 0.5,
      pitch: 20,
      volumeGainDb: -96,
      effectsProfileId: ['telephony-class-application'],
    });
    expect(parseGoogleEngineOptions(undefined)).toEqual({});
  });

  it.each([
    [{ speakingRate: 5 }, 'speakingRate'],
    [{ pitch: '2' }, 'pitch'],
    [{ volumeGainDb: 17 }, 'volumeGainDb'],
    [{ effectsProfileId: 'x' }, 'effectsProfileId'],
    [{ voice: 'x' }, 'voice'],
  ])('rejects %j', (options, key) => {
    expect(() => parseGoogleEngineOptions(options)).toThrow(
      expect.objectContaining({ argument: `engineOptions.google.${key}` }),
    );
  });
});
