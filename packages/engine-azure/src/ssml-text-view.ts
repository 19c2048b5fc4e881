/**
 * The character data of an SSML string, entities decoded, with the range
 * in the SSML that each UTF-16 unit of it came from: where the words the
 * service reports can be found.
 */
export type SsmlTextView = {
  text: string;
  /** SSML offset where the markup for `text[index]` starts. */
  starts: number[];
  /** SSML offset just after it (`&amp;` spans five units for one). */
  ends: number[];
};

const named: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

function decodeEntity(name: string): string | undefined {
  if (name.startsWith('#x') || name.startsWith('#X')) {
    const code = Number.parseInt(name.slice(2), 16);
    return Number.isNaN(code) ? undefined : String.fromCodePoint(code);
  }
  if (name.startsWith('#')) {
    const code = Number.parseInt(name.slice(1), 10);
    return Number.isNaN(code) ? undefined : String.fromCodePoint(code);
  }
  return named[name];
}

/** End (exclusive) of the markup that starts with `<` at `start`. */
function markupEnd(ssml: string, start: number): number {
  const closer = ssml.startsWith('<!--', start)
    ? '-->'
    : ssml.startsWith('<?', start)
      ? '?>'
      : undefined;
  if (closer) {
    const end = ssml.indexOf(closer, start);
    return end < 0 ? ssml.length : end + closer.length;
  }
  let quote: string | undefined;
  for (let index = start + 1; index < ssml.length; index++) {
    const character = ssml[index];
    if (quote) {
      if (character === quote) quote = undefined;
    } else if (character === '"' || character === "'") quote = character;
    else if (character === '>') return index + 1;
  }
  return ssml.length;
}

export function createSsmlTextView(ssml: string): SsmlTextView {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const push = (value: string, start: number, end: number) => {
    text += value;
    for (let unit = 0; unit < value.length; unit++) {
      starts.push(start);
      ends.push(end);
    }
  };
  let index = 0;
  while (index < ssml.length) {
    const character = ssml[index] as string;
    if (ssml.startsWith('<![CDATA[', index)) {
      const close = ssml.indexOf(']]>', index);
      const end = close < 0 ? ssml.length : close;
      for (let inner = index + 9; inner < end; inner++)
        push(ssml[inner] as string, inner, inner + 1);
      index = close < 0 ? end : end + 3;
    } else if (character === '<') {
      index = markupEnd(ssml, index);
    } else if (character === '&') {
      const semicolon = ssml.indexOf(';', index);
      const decoded =
        semicolon < 0 ? undefined : decodeEntity(ssml.slice(index + 1, semicolon));
      if (decoded === undefined) {
        push(character, index, index + 1);
        index++;
      } else {
        push(decoded, index, semicolon + 1);
        index = semicolon + 1;
      }
    } else {
      push(character, index, index + 1);
      index++;
    }
  }
  return { text, starts, ends };
}
