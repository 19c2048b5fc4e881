import { InvalidArgumentError, type JsonValue } from '@ttskit/core/spec';

/** Per-call options: `engineOptions: { google: { pitch: -2 } }`. */
export type GoogleEngineOptions = {
  /** `audioConfig.speakingRate`, 0.25–4 (1 is the voice's own rate). */
  speakingRate?: number;
  /** `audioConfig.pitch` in semitones, -20–20. Not on Chirp, Journey or Studio voices. */
  pitch?: number;
  /** `audioConfig.volumeGainDb`, -96–16. */
  volumeGainDb?: number;
  /** `audioConfig.effectsProfileId`, e.g. `['telephony-class-application']`. */
  effectsProfileId?: string[];
};

const ranges: Readonly<
  Record<'speakingRate' | 'pitch' | 'volumeGainDb', [number, number]>
> = {
  speakingRate: [0.25, 4],
  pitch: [-20, 20],
  volumeGainDb: [-96, 16],
};

function invalid(key: string, message: string): InvalidArgumentError {
  return new InvalidArgumentError({
    argument: `engineOptions.google.${key}`,
    message: `[ttskit] [engine-google] engineOptions.google.${key} ${message}`,
  });
}

/** Validates `engineOptions.google`; unknown keys and values out of range throw `InvalidArgumentError`. */
export function parseGoogleEngineOptions(
  options: Record<string, JsonValue | undefined> | undefined,
): GoogleEngineOptions {
  const parsed: GoogleEngineOptions = {};
  for (const [key, value] of Object.entries(options ?? {})) {
    if (value === undefined) continue;
    if (key === 'speakingRate' || key === 'pitch' || key === 'volumeGainDb') {
      const [minimum, maximum] = ranges[key];
      if (typeof value !== 'number' || !(value >= minimum && value <= maximum))
        throw invalid(
          key,
          `must be a number from ${minimum} to ${maximum}, got ${JSON.stringify(value)}`,
        );
      parsed[key] = value;
    } else if (key === 'effectsProfileId') {
      if (!Array.isArray(value) || !value.every((item) => typeof item === 'string'))
        throw invalid(key, 'must be an array of strings');
      parsed.effectsProfileId = [...(value as string[])];
    } else {
      throw invalid(
        key,
        'is not an option (speakingRate, pitch, volumeGainDb, effectsProfileId)',
      );
    }
  }
  return parsed;
}
