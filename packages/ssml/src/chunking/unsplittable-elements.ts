import type { SsmlElement } from '../ast';

/** Elements a chunk boundary never falls inside. */
export const unsplittableElements: ReadonlySet<string> = new Set([
  'say-as',
  'sub',
  'phoneme',
  'audio',
  'mark',
  'bookmark',
  'w',
  'token',
  'par',
  'seq',
  'media',
  'break',
  'desc',
  'amazon:breath',
  'mstts:silence',
  'mstts:viseme',
  'mstts:audioduration',
]);

/**
 * Children of `speak` that apply to the whole document and are repeated at
 * the start of every chunk (a lexicon, metadata).
 */
export const documentWideElements: ReadonlySet<string> = new Set([
  'lexicon',
  'meta',
  'metadata',
]);

/** Spans of every unsplittable element, outermost only, in document order. */
export function unsplittableSpans(
  root: SsmlElement,
): Array<{ start: number; end: number; name: string }> {
  const spans: Array<{ start: number; end: number; name: string }> = [];
  const stack: SsmlElement[] = [root];
  const ordered: SsmlElement[] = [];
  while (stack.length > 0) {
    const element = stack.pop() as SsmlElement;
    for (let index = element.children.length - 1; index >= 0; index--) {
      const child = element.children[index];
      if (child?.type !== 'element') continue;
      if (unsplittableElements.has(child.name)) ordered.push(child);
      else stack.push(child);
    }
  }
  for (const element of ordered)
    spans.push({ start: element.span.start, end: element.span.end, name: element.name });
  return spans.sort((left, right) => left.start - right.start);
}
