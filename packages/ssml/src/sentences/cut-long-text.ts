/** A `[start, end)` range of a string. */
export type TextRange = { start: number; end: number };

/**
 * Cuts text into pieces of at most `maxLength` UTF-16 units for
 * `Intl.Segmenter`, preferring paragraph breaks, then a sentence end
 * (`. ` and the like), then any whitespace; never inside a surrogate pair.
 */
export function cutLongText(text: string, maxLength: number): TextRange[] {
  const pieces: TextRange[] = [];
  let start = 0;
  while (text.length - start > maxLength) {
    const window = text.slice(start, start + maxLength);
    let cut = lastMatchEnd(window, /\n[ \t]*\n/g);
    if (cut < maxLength / 2)
      cut = Math.max(cut, lastMatchEnd(window, /[.!?。！？]["'”’»)]*\s/gu));
    if (cut < maxLength / 2) cut = Math.max(cut, lastMatchEnd(window, /\s/gu));
    if (cut <= 0) {
      cut = maxLength;
      const code = text.charCodeAt(start + cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut--;
    }
    pieces.push({ start, end: start + cut });
    start += cut;
  }
  if (start < text.length || pieces.length === 0)
    pieces.push({ start, end: text.length });
  return pieces;
}

function lastMatchEnd(window: string, pattern: RegExp): number {
  let end = 0;
  for (const match of window.matchAll(pattern)) end = match.index + match[0].length;
  return end;
}
