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
  const root = sliceElement({ document, element: document.root, range, isRoot: true });
  return { ...document, root: root ?? { ...document.root, children: [] } };
}

function sliceElement(options: {
  document: SsmlDocument;
  element: SsmlElement;
  range: SourceRange;
  isRoot?: boolean;
}): SsmlElement | undefined {
  const { document, element, range } = options;
  const children: SsmlNode[] = [];
  for (const child of element.children) {
    if (child.type === 'text') {
      const text = sliceText({ document, text: child, range });
      if (text !== undefined) children.push(text);
      continue;
    }
    const { start, end } = child.span;
    if (options.isRoot && documentWideElements.has(child.name)) {
      children.push(child);
      continue;
    }
    if (start >= range.end || end <= range.start) continue;
    if (start >= range.start && end <= range.end) {
      children.push(child);
      continue;
    }
    const part = sliceElement({ document, element: child, range });
    if (part !== undefined) children.push(part);
  }
  if (!options.isRoot && !children.some(isContent)) return undefined;
  return { ...element, children };
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
