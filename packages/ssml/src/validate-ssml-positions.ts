import type { SourcePosition, SsmlElement, SsmlText } from './ast';

const newline = 10;

/** Where an element starts: its `<`. */
export function elementPosition(element: SsmlElement): SourcePosition {
  const { span } = element;
  return { offset: span.start, line: span.line, column: span.column };
}

/**
 * The position of `offset`, counting lines from a known earlier position
 * (only the characters in between are scanned).
 */
export function positionAfter(options: {
  source: string;
  from: SourcePosition;
  offset: number;
}): SourcePosition {
  const { source, from, offset } = options;
  let { line } = from;
  let lineStart = from.offset - (from.column - 1);
  for (let index = from.offset; index < offset; index++) {
    if (source.charCodeAt(index) === newline) {
      line++;
      lineStart = index + 1;
    }
  }
  return { offset, line, column: offset - lineStart + 1 };
}

/** Where a text node's first non-whitespace character is (its start if it has none). */
export function textPosition(source: string, text: SsmlText): SourcePosition {
  const { span } = text;
  const from = { offset: span.start, line: span.line, column: span.column };
  let offset = span.start;
  while (offset < span.end && isSpace(source.charCodeAt(offset))) offset++;
  return offset >= span.end ? from : positionAfter({ source, from, offset });
}

/**
 * Where the value of `attribute` starts (after its opening quote), found by
 * re-reading the element's start tag in the source. The parser keeps no
 * attribute spans; when the source at the element's span is not its start
 * tag (a built or edited tree), the element's start is returned instead.
 */
export function attributeValuePosition(options: {
  source: string;
  element: SsmlElement;
  attribute: string;
}): SourcePosition {
  const { source, element, attribute } = options;
  const from = elementPosition(element);
  const offset = findAttributeValue({ source, element, attribute });
  return offset === undefined ? from : positionAfter({ source, from, offset });
}

function findAttributeValue(options: {
  source: string;
  element: SsmlElement;
  attribute: string;
}): number | undefined {
  const { source, element, attribute } = options;
  const start = element.span.start;
  if (source.charCodeAt(start) !== 60 || !source.startsWith(element.name, start + 1))
    return undefined;
  let index = start + 1 + element.name.length;
  const end = Math.min(source.length, element.span.end);
  while (index < end) {
    while (index < end && isSpace(source.charCodeAt(index))) index++;
    const nameStart = index;
    while (index < end && !isNameEnd(source.charCodeAt(index))) index++;
    if (index === nameStart) return undefined;
    const name = source.slice(nameStart, index);
    while (index < end && isSpace(source.charCodeAt(index))) index++;
    if (source[index] !== '=') return undefined;
    index++;
    while (index < end && isSpace(source.charCodeAt(index))) index++;
    const quote = source[index];
    if (quote !== '"' && quote !== "'") return undefined;
    const valueStart = index + 1;
    const valueEnd = source.indexOf(quote, valueStart);
    if (valueEnd === -1) return undefined;
    if (name === attribute) return valueStart;
    index = valueEnd + 1;
  }
  return undefined;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** Whitespace, `=`, `>` or `/` end an attribute name. */
function isNameEnd(code: number): boolean {
  return isSpace(code) || code === 61 || code === 62 || code === 47;
}
