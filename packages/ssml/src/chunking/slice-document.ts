import type { SsmlDocument, SsmlElement, SsmlNode, SsmlText } from '../ast';
import { decodeCharacterData } from '../character-data';
import { documentWideElements } from './unsplittable-elements';

/** A half-open range of source offsets. */
export type SourceRange = { start: number; end: number };

/**
 * The part of `document` inside `range` as a document of its own: every
 * element the range cuts through is cloned with its attributes (so an open
 * `prosody` or `voice` is closed at the end and reopened in the next
 * part), text nodes are cut at the range's edges, and spans still point
 * into the original source, so positions and source maps keep working.
 * Document-wide children of `speak` (`lexicon`, `meta`, `metadata`) are in
 * every part.
 */
export function sliceDocument(document: SsmlDocument, range: SourceRange): SsmlDocument {
  const { root } = document;
  const { first, last } = overlappingChildren(root.children, range);
  const everywhere = documentWideChildren(root);
  const children = [
    ...everywhere.filter((index) => index < first).map((index) => root.children[index]),
    ...sliceChildren({ document, element: root, range, first, last, isRoot: true }),
    ...everywhere.filter((index) => index >= last).map((index) => root.children[index]),
  ] as SsmlNode[];
  return { ...document, root: { ...root, children } };
}

const documentWideIndexes = new WeakMap<SsmlElement, number[]>();

/** Indexes of the root's document-wide children, found once per document. */
function documentWideChildren(root: SsmlElement): number[] {
  let indexes = documentWideIndexes.get(root);
  if (indexes === undefined) {
    indexes = [];
    for (const [index, child] of root.children.entries())
      if (child.type === 'element' && documentWideElements.has(child.name))
        indexes.push(index);
    documentWideIndexes.set(root, indexes);
  }
  return indexes;
}

/** Whether the part holds something a listener hears or an engine acts on. */
export function hasContent(part: SsmlDocument): boolean {
  return part.root.children.some(
    (child) =>
      isContent(child) &&
      !(child.type === 'element' && documentWideElements.has(child.name)),
  );
}

function sliceElement(options: {
  document: SsmlDocument;
  element: SsmlElement;
  range: SourceRange;
}): SsmlElement | undefined {
  const { first, last } = overlappingChildren(options.element.children, options.range);
  const children = sliceChildren({ ...options, first, last });
  if (!children.some(isContent)) return undefined;
  return { ...options.element, children };
}

/** The parts of `element.children[first, last)` inside the range. */
function sliceChildren(options: {
  document: SsmlDocument;
  element: SsmlElement;
  range: SourceRange;
  first: number;
  last: number;
  isRoot?: boolean;
}): SsmlNode[] {
  const { document, element, range } = options;
  const children: SsmlNode[] = [];
  for (let index = options.first; index < options.last; index++) {
    const child = element.children[index] as SsmlNode;
    if (child.type === 'text') {
      const text = sliceText({ document, text: child, range });
      if (text !== undefined) children.push(text);
      continue;
    }
    const { start, end } = child.span;
    const inside = start >= range.start && end <= range.end;
    if (inside || (options.isRoot && documentWideElements.has(child.name))) {
      children.push(child);
      continue;
    }
    const part = sliceElement({ document, element: child, range });
    if (part !== undefined) children.push(part);
  }
  return children;
}

/**
 * `[first, last)`: the children (sorted, never overlapping) whose spans
 * overlap the range, by binary search: a long document is mostly a long
 * list of children, and a chunk touches few of them.
 */
function overlappingChildren(
  children: readonly SsmlNode[],
  range: SourceRange,
): { first: number; last: number } {
  const firstWhere = (test: (node: SsmlNode) => boolean) => {
    let low = 0;
    let high = children.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (test(children[middle] as SsmlNode)) high = middle;
      else low = middle + 1;
    }
    return low;
  };
  const first = firstWhere((node) => node.span.end > range.start);
  const last = firstWhere((node) => node.span.start >= range.end);
  return { first, last: Math.max(first, last) };
}

/** Text with a letter or digit, or any element: something a listener hears or an engine acts on. */
function isContent(node: SsmlNode): boolean {
  return node.type === 'element' || /\S/u.test(node.value);
}

function sliceText(options: {
  document: SsmlDocument;
  text: SsmlText;
  range: SourceRange;
}): SsmlText | undefined {
  const { document, text, range } = options;
  const { span } = text;
  const contentStart = text.cdata ? span.start + 9 : span.start;
  const contentEnd = text.cdata ? span.end - 3 : span.end;
  const start = Math.max(contentStart, range.start);
  const end = Math.min(contentEnd, range.end);
  if (start <= contentStart && end >= contentEnd) return text;
  if (end <= start) return undefined;
  const raw = document.source.slice(start, end);
  const value =
    document.origin === 'text'
      ? raw
      : decodeCharacterData({
          source: document.source,
          start,
          end,
          mode: text.cdata ? 'cdata' : 'text',
          sink: { literal() {}, replacement() {} },
        });
  // a slice is plain character data (its CDATA delimiters are gone), spanning exactly its source
  return { type: 'text', value, span: { ...span, start, end } };
}
