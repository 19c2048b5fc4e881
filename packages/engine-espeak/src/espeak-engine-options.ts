import { InvalidArgumentError, type JsonValue } from '@ttskit/core/spec';

/** Per-call options, passed as `engineOptions: { espeak: { ... } }`. */
export type EspeakEngineOptions = {
  /** Words per minute, 80–450 (espeak's default is 175). */
  rate?: number;
  /** Base pitch, 0–100 (default 50). */
  pitch?: number;
  /** Amplitude, 0–200 (default 100). */
  volume?: number;
};

const ranges = {
  rate: { min: 80, max: 450 },
  pitch: { min: 0, max: 100 },
  volume: { min: 0, max: 200 },
} as const;

type Parameter = keyof typeof ranges;

/** Checks one numeric parameter; `where` names it in the error. */
export function checkParameter(options: {
  name: Parameter;
  value: unknown;
  where: string;
}): number | undefined {
  const { name, value, where } = options;
  if (value === undefined) return undefined;
  const { min, max } = ranges[name];
  if (
    typeof value !== 'number' ||
    !Number.isFinite(value) ||
    value < min ||
    value > max
  ) {
    throw new InvalidArgumentError({
      argument: where,
      message: `[ttskit] [engine-espeak] ${where} must be a number from ${min} to ${max}, got ${JSON.stringify(value)}`,
    });
  }
  return Math.round(value);
}

/** Validates `engineOptions.espeak`; unknown keys are rejected (likely typos). */
export function parseEspeakEngineOptions(
  value: Record<string, JsonValue | undefined> | undefined,
): EspeakEngineOptions {
  if (value === undefined) return {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InvalidArgumentError({
      argument: 'engineOptions.espeak',
      message: '[ttskit] [engine-espeak] engineOptions.espeak must be an object',
    });
  }
  const options: EspeakEngineOptions = {};
  for (const [key, item] of Object.entries(value)) {
    if (!(key in ranges)) {
      throw new InvalidArgumentError({
        argument: `engineOptions.espeak.${key}`,
        message: `[ttskit] [engine-espeak] unknown option engineOptions.espeak.${key}; known options are rate, pitch and volume`,
      });
    }
    const parsed = checkParameter({
      name: key as Parameter,
      value: item,
      where: `engineOptions.espeak.${key}`,
    });
    if (parsed !== undefined) options[key as Parameter] = parsed;
  }
  return options;
}
