import type { EngineV1MarkTiming } from '@ttskit/core/spec';
import type { GoogleTimepoint } from './google-api-types';

/**
 * v1beta1 `timepoints` (`{ markName, timeSeconds }`, one per `<mark>`
 * reached) as marks in milliseconds, in spoken order. Entries without a
 * name or a finite time are skipped.
 */
export function timepointsToMarks(timepoints: unknown): EngineV1MarkTiming[] {
  if (!Array.isArray(timepoints)) return [];
  const marks: EngineV1MarkTiming[] = [];
  for (const timepoint of timepoints as GoogleTimepoint[]) {
    const name = timepoint?.markName;
    const seconds = Number(timepoint?.timeSeconds ?? 0);
    if (typeof name !== 'string' || !Number.isFinite(seconds)) continue;
    marks.push({ name, timeMs: Math.max(0, seconds * 1000) });
  }
  // stable: marks at the same time keep the order Google gave them
  return marks.sort((left, right) => left.timeMs - right.timeMs);
}
