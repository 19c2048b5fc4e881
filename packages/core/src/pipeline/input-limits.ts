import type { EngineV1 } from '../spec/v1/engine-v1';
import type { InputLimitV1 } from '../spec/v1/engine-v1-capabilities';

/** An engine's input limits as a list (one or several, all of which must hold). */
export function inputLimitsOf(engine: EngineV1): readonly InputLimitV1[] {
  const { maxInput } = engine.capabilities;
  return Array.isArray(maxInput) ? maxInput : [maxInput as InputLimitV1];
}

/** `240 utf16` or `3000 billed-chars and 6000 utf16`, for messages. */
export function describeInputLimits(limits: readonly InputLimitV1[]): string {
  return limits.map((limit) => `${limit.max} ${limit.unit}`).join(' and ');
}
