import { errorSnippet } from './error-snippet';
import { positionAt } from './source-position';
import { SsmlParseError } from './ssml-parse-error';

/** Builds an `SsmlParseError` for `offset` in `source`, with its position and snippet. */
export function createParseError(options: {
  source: string;
  offset: number;
  reason: string;
  detail: string;
}): SsmlParseError {
  const position = positionAt(options.source, options.offset);
  return new SsmlParseError({
    reason: options.reason,
    detail: options.detail,
    line: position.line,
    column: position.column,
    offset: position.offset,
    snippet: errorSnippet({ source: options.source, offset: position.offset }),
  });
}

/** Position text for messages, e.g. `3:14`. */
export function formatPosition(position: { line: number; column: number }): string {
  return `${position.line}:${position.column}`;
}
