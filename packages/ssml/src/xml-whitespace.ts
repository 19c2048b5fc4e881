/** XML whitespace: space, tab, line feed, carriage return. */
export function isXmlWhitespaceCode(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13;
}

/** Offset of the first non-whitespace character in `[start, end)`, or `end`. */
export function skipXmlWhitespace(options: {
  source: string;
  start: number;
  end: number;
}): number {
  const { source, end } = options;
  let index = options.start;
  while (index < end && isXmlWhitespaceCode(source.charCodeAt(index))) index++;
  return index;
}

const nonWhitespace = /[^ \t\n\r]/;

/** Whether `text` is empty or only XML whitespace. */
export function isXmlWhitespace(text: string): boolean {
  return !nonWhitespace.test(text);
}
