import { describe, expect, it } from 'vitest';
import { textToSsmlDocument } from './text-to-ssml-document';

describe('textToSsmlDocument', () => {
  it('wraps text in a speak root with one text node spanning it, undecoded', () => {
    const text = 'Fish &amp; chips\n<b>';
    expect(textToSsmlDocument(text)).toEqual({
      type: 'document',
      origin: 'text',
      source: text,
      root: {
        type: 'element',
        name: 'speak',
        attributes: {},
        span: { start: 0, end: text.length, line: 1, column: 1 },
        children: [
          {
            type: 'text',
            value: text,
            span: { start: 0, end: text.length, line: 1, column: 1 },
          },
        ],
      },
    });
  });

  it('has no text node for empty text and rejects non-strings', () => {
    expect(textToSsmlDocument('').root.children).toEqual([]);
    expect(() => textToSsmlDocument(undefined as unknown as string)).toThrow(TypeError);
  });
});
