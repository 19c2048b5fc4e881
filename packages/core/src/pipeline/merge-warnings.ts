import type { Warning } from '../spec/v1/warning';

/**
 * Warnings from several engine calls (chunks, segments) as one list: the
 * same lowering change is reported once, its occurrences added up; other
 * warnings that are equal are reported once.
 */
export function mergeWarnings(warnings: readonly Warning[]): Warning[] {
  const merged: Warning[] = [];
  const seen = new Map<string, Warning>();
  for (const warning of warnings) {
    const key =
      warning.type === 'ssml-lowered'
        ? JSON.stringify([
            warning.action,
            warning.element,
            warning.attribute,
            warning.from,
            warning.to,
          ])
        : JSON.stringify(warning);
    const known = seen.get(key);
    if (known === undefined) {
      const copy = { ...warning };
      seen.set(key, copy);
      merged.push(copy);
    } else if (known.type === 'ssml-lowered' && warning.type === 'ssml-lowered') {
      known.occurrences += warning.occurrences;
    }
  }
  return merged;
}
