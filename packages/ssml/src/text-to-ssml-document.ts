import type { SsmlDocument, SsmlNode } from './ast';

/**
 * Wraps plain text in a document: a `speak` root spanning the whole text
 * with one text node (none for empty text). Nothing is decoded: `&amp;` is
 * five characters of text, and spans index the text directly.
 */
export function textToSsmlDocument(text: string): SsmlDocument {
  if (typeof text !== 'string') {
    throw new TypeError(
      `[ttskit] [ssml] textToSsmlDocument expects a string, got ${typeof text}`,
    );
  }
  const span = { start: 0, end: text.length, line: 1, column: 1 };
  const children: SsmlNode[] =
    text.length === 0 ? [] : [{ type: 'text', value: text, span: { ...span } }];
  return {
    type: 'document',
    root: { type: 'element', name: 'speak', attributes: {}, children, span },
    source: text,
    origin: 'text',
  };
}
