import type { SsmlDocument, SsmlElement } from '../ast';

const blankLine = /\n[ \t]*\n/g;

/**
 * Where the markup itself ends a paragraph or a sentence, in source
 * offsets, ascending: after each `p` element and at blank lines in text
 * (paragraphs), after each `s` element (sentences).
 */
export function markupBoundaries(document: SsmlDocument): {
  paragraph: number[];
  sentence: number[];
} {
  const paragraph = new Set<number>();
  const sentence: number[] = [];
  const stack: SsmlElement[] = [document.root];
  while (stack.length > 0) {
    const element = stack.pop() as SsmlElement;
    for (const child of element.children) {
      if (child.type === 'text') {
        // only where the value is the raw source (no entities), so offsets line up
        if (child.value.length !== child.span.end - child.span.start) continue;
        for (const match of child.value.matchAll(blankLine))
          paragraph.add(child.span.start + match.index);
        continue;
      }
      if (child.name === 'p') paragraph.add(child.span.end);
      else if (child.name === 's') sentence.push(child.span.end);
      stack.push(child);
    }
  }
  const ascending = (left: number, right: number) => left - right;
  return {
    paragraph: [...paragraph].sort(ascending),
    sentence: sentence.sort(ascending),
  };
}
