import type { TextRange } from './cut-long-text';

const marker = /(?<=^|\s)(?:[•⁃▪◦‣-]\s?)?(\d{1,3}|[a-z])(?:\.\)|\)|\.)(?=\s)/gu;

/**
 * Inline list markers (`1.) first 2.) second`, `a. … b. …`, `• 9. … • 10. …`)
 * when at least two of them count up by one: each starts an item, so a
 * sentence boundary belongs before it and never right after it.
 */
export function findListMarkers(text: string): TextRange[] {
  const found: Array<TextRange & { value: number }> = [];
  for (const match of text.matchAll(marker)) {
    const label = match[1] as string;
    const value = /\d/.test(label) ? Number(label) : label.charCodeAt(0) - 96;
    found.push({ start: match.index, end: match.index + match[0].length, value });
  }
  const markers: TextRange[] = [];
  for (let index = 0; index < found.length; index++) {
    const current = found[index] as TextRange & { value: number };
    const previous = found[index - 1];
    const next = found[index + 1];
    const counted =
      (previous !== undefined && previous.value + 1 === current.value) ||
      (next !== undefined && current.value + 1 === next.value);
    if (counted) markers.push({ start: current.start, end: current.end });
  }
  return markers;
}

/** Moves sentence boundaries so every list item starts a sentence with its marker. */
export function applyListMarkers(options: {
  text: string;
  boundaries: number[];
}): number[] {
  const markers = findListMarkers(options.text);
  if (markers.length < 2) return options.boundaries;
  const inside = (boundary: number) =>
    markers.some((range) => boundary > range.start && boundary <= range.end + 1);
  const kept = options.boundaries.filter((boundary) => !inside(boundary));
  for (const range of markers) if (range.start > 0) kept.push(range.start);
  return [...new Set(kept)].sort((left, right) => left - right);
}
