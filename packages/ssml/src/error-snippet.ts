const maxWidth = 100;
const context = 60;

/**
 * The source line holding `offset`, with a caret line under it, ready to
 * print. Long lines (a minified document) are cut to a window around the
 * column, marked with `…`. Tabs are kept in the caret line so it stays aligned.
 */
export function errorSnippet(options: { source: string; offset: number }): string {
  const { source } = options;
  const offset = Math.min(Math.max(options.offset, 0), source.length);
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = source.indexOf('\n', offset);
  if (lineEnd === -1) lineEnd = source.length;
  if (lineEnd > lineStart && source.charCodeAt(lineEnd - 1) === 13) lineEnd--;
  let start = lineStart;
  let end = lineEnd;
  if (end - start > maxWidth) {
    start = Math.max(lineStart, offset - context);
    end = Math.min(lineEnd, start + maxWidth);
  }
  const prefix = start > lineStart ? '…' : '';
  const suffix = end < lineEnd ? '…' : '';
  const line = prefix + source.slice(start, end) + suffix;
  const beforeCaret = prefix + source.slice(start, Math.min(offset, end));
  const caretIndent = beforeCaret.replace(/[^\t]/g, ' ');
  return `${line}\n${caretIndent}^`;
}
