import { createParseError } from './create-parse-error';
import type { SsmlParseError } from './ssml-parse-error';
import { isXmlWhitespaceCode } from './xml-whitespace';

/**
 * Explains why markup starting at `offset` was not a complete construct:
 * htmlparser2 silently turns such input into text or drops it, so the tree
 * builder calls this whenever the tokens it receives stop tiling the input.
 */
export function diagnoseMarkup(options: {
  source: string;
  offset: number;
}): SsmlParseError {
  const { source, offset } = options;
  const fail = (reason: string, detail: string, at = offset) =>
    createParseError({ source, offset: at, reason, detail });
  if (source.startsWith('<!--', offset)) {
    return fail('unterminated-comment', 'comment is not closed with "-->"');
  }
  if (source.startsWith('<![CDATA[', offset)) {
    return fail('unterminated-cdata', 'CDATA section is not closed with "]]>"');
  }
  if (source.startsWith('<?', offset)) {
    return fail(
      'unterminated-processing-instruction',
      'processing instruction is not closed with "?>"',
    );
  }
  if (source.startsWith('</', offset)) {
    const next = source.charCodeAt(offset + 2);
    if (isXmlWhitespaceCode(next)) {
      return fail(
        'malformed-end-tag',
        'no whitespace is allowed between "</" and the element name',
        offset + 2,
      );
    }
    if (offset + 2 >= source.length || next === 62) {
      return fail('malformed-end-tag', 'end tag has no element name');
    }
    return fail('unterminated-tag', 'end tag is not closed with ">"');
  }
  if (source.startsWith('<!', offset)) {
    return fail('malformed-markup', 'markup declaration is not closed with ">"');
  }
  if (source.charCodeAt(offset) === 60) {
    const next = source.charCodeAt(offset + 1);
    if (
      offset + 1 >= source.length ||
      isXmlWhitespaceCode(next) ||
      next === 62 ||
      next === 60
    ) {
      return fail(
        'malformed-tag',
        '"<" must start a tag; write &lt; for a literal less-than sign',
      );
    }
    return fail('unterminated-tag', 'start tag is not closed with ">"');
  }
  return fail('malformed-markup', 'unexpected input');
}
