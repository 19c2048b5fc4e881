import type { PollyVoiceFamily } from '@ttskit/ssml';

/**
 * Polly's engine types. Each voice supports some of them; the engine type
 * decides the sound, the price and which SSML Polly accepts, so it is the
 * voice family `@ttskit/ssml` lowers for.
 */
export type PollyEngineType = PollyVoiceFamily;

export const POLLY_ENGINE_TYPES: readonly PollyEngineType[] = [
  'standard',
  'neural',
  'long-form',
  'generative',
];

export function isPollyEngineType(value: unknown): value is PollyEngineType {
  return (POLLY_ENGINE_TYPES as readonly unknown[]).includes(value);
}

/** Speech marks (word timings and `<mark>`) exist for every engine type but generative. */
export function hasSpeechMarks(engineType: PollyEngineType): boolean {
  return engineType !== 'generative';
}
