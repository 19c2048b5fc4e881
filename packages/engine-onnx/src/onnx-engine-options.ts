import { InvalidArgumentError, type JsonValue } from '@ttskit/core/spec';

/** Per-call options, passed as `engineOptions: { onnx: { ... } }`. */
export type OnnxEngineOptions = {
  /** Piper multi-speaker voices: a name from `speaker_id_map` or a numeric id. */
  speaker?: string | number;
  /** Piper: overrides `inference.noise_scale` (0–2). */
  noiseScale?: number;
  /** Piper: overrides `inference.length_scale` (0.1–10); `speed` divides it. */
  lengthScale?: number;
  /** Piper: overrides `inference.noise_w` (0–2). */
  noiseW?: number;
};

const ranges = {
  noiseScale: { min: 0, max: 2 },
  lengthScale: { min: 0.1, max: 10 },
  noiseW: { min: 0, max: 2 },
} as const;

function invalid(key: string, message: string): InvalidArgumentError {
  return new InvalidArgumentError({
    argument: `engineOptions.onnx.${key}`,
    message: `[ttskit] [engine-onnx] engineOptions.onnx.${key} ${message}`,
  });
}

/** Validates `engineOptions.onnx`; unknown keys are rejected (likely typos). */
export function parseOnnxEngineOptions(
  value: Record<string, JsonValue | undefined> | undefined,
): OnnxEngineOptions {
  if (value === undefined) return {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InvalidArgumentError({
      argument: 'engineOptions.onnx',
      message: '[ttskit] [engine-onnx] engineOptions.onnx must be an object',
    });
  }
  const options: OnnxEngineOptions = {};
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    if (key === 'speaker') {
      if (typeof item !== 'string' && !(Number.isInteger(item) && (item as number) >= 0))
        throw invalid(
          key,
          `must be a speaker name or a speaker id, got ${JSON.stringify(item)}`,
        );
      options.speaker = item as string | number;
    } else if (key in ranges) {
      const { min, max } = ranges[key as keyof typeof ranges];
      if (typeof item !== 'number' || !Number.isFinite(item) || item < min || item > max)
        throw invalid(
          key,
          `must be a number from ${min} to ${max}, got ${JSON.stringify(item)}`,
        );
      options[key as keyof typeof ranges] = item;
    } else {
      throw invalid(
        key,
        'is not an option; known options are speaker, noiseScale, lengthScale and noiseW',
      );
    }
  }
  return options;
}
